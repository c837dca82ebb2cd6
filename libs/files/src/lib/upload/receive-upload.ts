import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { FileRefusal } from './file-refusal';
import { FILE_MESSAGES, MAX_FILE_BYTES } from './file-limits';

/** A file that arrived whole, spooled to a temporary file, hashed on the way. */
export interface ReceivedFile {
  path: string;
  /** As the client named it; cleaned by the caller. */
  filename: string;
  size: number;
  sha256: string;
  fields: Record<string, string>;
}

interface Spooled {
  size: number;
  sha256: string;
  filename: string;
}

const FIELD_NAMES = new Set(['unitId']);

/**
 * Streams a multipart/form-data body with exactly one file to `spoolDir`, computing SHA-256 and
 * the size as the bytes pass. Past `maxBytes` it stops at once (nothing is buffered in memory) and
 * throws 413; any refusal removes the spooled file. After a refusal the rest of the request is
 * left unread for the caller to discard.
 */
export async function receiveUpload(req: IncomingMessage, spoolDir: string, maxBytes = MAX_FILE_BYTES): Promise<ReceivedFile> {
  await mkdir(spoolDir, { recursive: true });
  const path = join(spoolDir, `upload-${randomUUID()}`);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send the file name as raw UTF-8: busboy's latin1 default would garble Chinese names.
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: maxBytes, fields: 4, fieldSize: 1024, parts: 6, headerPairs: 16 },
    });
  } catch {
    throw new FileRefusal(415, FILE_MESSAGES.notMultipart);
  }

  let file: Promise<Spooled> | undefined;
  const fields: Record<string, string> = {};
  // Aborting the spool's pipeline (not destroying busboy's stream, which may have ended without
  // emitting 'end' and would leave the pipeline waiting forever) closes the temporary file.
  const abort = new AbortController();
  const stop = () => {
    req.unpipe(parser);
    abort.abort();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const refuse = (refusal: FileRefusal) => {
        stop();
        reject(refusal);
      };
      parser.on('file', (_name, stream, info) => {
        if (file) {
          stream.resume();
          return refuse(new FileRefusal(400, FILE_MESSAGES.oneFileOnly));
        }
        stream.on('limit', () => refuse(new FileRefusal(413, FILE_MESSAGES.tooLarge)));
        file = spool(stream, path, info.filename ?? '', abort.signal);
        // Observed here so that a failure before `close` is not an unhandled rejection; awaited below.
        file.catch(() => undefined);
      });
      parser.on('field', (name, value) => {
        if (FIELD_NAMES.has(name)) fields[name] = value;
      });
      parser.on('filesLimit', () => refuse(new FileRefusal(400, FILE_MESSAGES.oneFileOnly)));
      parser.on('fieldsLimit', () => refuse(new FileRefusal(400, FILE_MESSAGES.badForm)));
      parser.on('partsLimit', () => refuse(new FileRefusal(400, FILE_MESSAGES.badForm)));
      parser.on('error', () => refuse(new FileRefusal(400, FILE_MESSAGES.badForm)));
      parser.on('close', () => resolve());
      req.on('close', () => {
        if (!req.complete) refuse(new FileRefusal(400, FILE_MESSAGES.badForm));
      });
      req.pipe(parser);
    });
    if (!file) throw new FileRefusal(400, FILE_MESSAGES.noFile);
    const received = await file;
    if (received.size === 0) throw new FileRefusal(400, FILE_MESSAGES.emptyFile);
    return { path, fields, ...received };
  } catch (error) {
    stop();
    // The spool's write stream must be closed before its file goes.
    await file?.catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

async function spool(stream: Readable & { truncated?: boolean }, path: string, filename: string, signal: AbortSignal): Promise<Spooled> {
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(stream, measure, createWriteStream(path), { signal });
  if (stream.truncated) throw new FileRefusal(413, FILE_MESSAGES.tooLarge);
  return { size, sha256: hash.digest('hex'), filename };
}
