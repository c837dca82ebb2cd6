import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@zeren/shared-errors';
import { hasPermission, type RequestContext } from '@zeren/auth';
import { FilesPermission } from '../files.permissions';
import { StoredObjectMissingError, type FileStore } from '../store/file-store';
import { StoredFileService } from '../stored-file/stored-file.service';
import { UploadService, type UnitCheck } from '../upload/upload.service';
import type { StoredFile } from '../stored-file/stored-file.entity';
import { FileRefusal } from '../upload/file-refusal';
import { FILE_MESSAGES, MAX_UPLOAD_REQUEST_BYTES, THUMBNAIL_WIDTH } from '../upload/file-limits';
import { receiveUpload } from '../upload/receive-upload';
import { contentDisposition, downloadName } from './content-disposition';

export interface FilesRouterOptions {
  store: FileStore;
  /** The request's context from its bearer token; throws UNAUTHENTICATED for a bad one, like GraphQL. */
  resolveContext: (req: Request) => Promise<RequestContext>;
  /** Checks an upload's `unitId` (the composition passes org-tree's unit lookup); without it only the shape is checked. */
  checkUnit?: UnitCheck;
  /** Where uploads are spooled while they arrive and are checked; the OS temp directory by default. */
  spoolDir?: string;
  /** Unexpected errors (answered 500 with a generic message). */
  onError?: (error: unknown, req: Request) => void;
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * POST / (multipart/form-data: one file, optional `unitId`) → 201 {id, name, mimeType, size, sha256, hasThumbnail};
 * GET /:id and GET /:id/thumbnail → the bytes. Every request is authorised with its bearer token
 * through the scoped repository, so another tenant's id is NOT_FOUND exactly like a missing one.
 * Mount it before any body parser: it reads the upload body itself, as a stream.
 */
export function createFilesRouter(options: FilesRouterOptions): Router {
  const { store, resolveContext } = options;
  const uploads = new UploadService(store, options.checkUnit);
  const files = new StoredFileService();
  const spoolDir = options.spoolDir ?? join(tmpdir(), 'zeren-uploads');
  const router = Router();

  const signedIn = async (req: Request): Promise<RequestContext> => {
    const ctx = await resolveContext(req);
    if (!ctx.principal) throw new UnauthenticatedError();
    return ctx;
  };

  const fail = (req: Request, res: Response, error: unknown) => {
    if (error instanceof StoredObjectMissingError) {
      options.onError?.(error, req);
      return sendError(res, 500, 'INTERNAL_SERVER_ERROR', FILE_MESSAGES.contentMissing);
    }
    const code = error instanceof GraphQLError ? String(error.extensions?.['code'] ?? '') : '';
    const status = error instanceof FileRefusal ? error.status : STATUS[code];
    if (!status) {
      options.onError?.(error, req);
      return sendError(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误,请稍后再试');
    }
    const { message, extensions } = error as GraphQLError;
    return sendError(res, status, code, message, extensions);
  };

  router.post('/', async (req, res) => {
    let ctx: RequestContext | null = null;
    let unitId: string | undefined;
    try {
      ctx = await signedIn(req);
      // Refused before a byte is read: a read-only scope (committee readers, a narrowed view) writes nothing.
      if (!hasPermission(ctx.principal, FilesPermission.UPLOAD) || !ctx.db.scope.writeTenantId) {
        throw new ForbiddenError(FILE_MESSAGES.readOnly);
      }
      if (!req.is('multipart/form-data')) throw new FileRefusal(415, FILE_MESSAGES.notMultipart);
      if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_REQUEST_BYTES) throw new FileRefusal(413, FILE_MESSAGES.tooLarge);
      const received = await receiveUpload(req, spoolDir);
      unitId = received.fields['unitId'];
      let file: StoredFile;
      try {
        file = await uploads.accept(ctx, received);
      } finally {
        // Before the answer, so that a client never sees a spooled copy outlive its request.
        await rm(received.path, { force: true });
      }
      res.status(201).json(uploadAnswer(file));
    } catch (error) {
      if (!req.complete) discardRest(req, res);
      if (ctx?.principal) {
        const code = error instanceof GraphQLError ? String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
        await uploads.recordRefusal(ctx, code, unitId);
      }
      fail(req, res, error);
    }
  });

  const download = (thumbnail: boolean) => async (req: Request<{ id: string }>, res: Response) => {
    try {
      const ctx = await signedIn(req);
      const file = await files.get(ctx.db, req.params.id);
      const key = thumbnail ? file.thumbnailKey : file.storageKey;
      if (!key) throw new NotFoundError(FILE_MESSAGES.thumbnailNotFound);
      const etag = thumbnail ? `"${file.sha256}.w${THUMBNAIL_WIDTH}"` : `"${file.sha256}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const object = await store.open(key);
      res.status(200);
      res.setHeader('Content-Type', thumbnail ? 'image/webp' : file.mimeType);
      res.setHeader('Content-Length', String(object.size));
      res.setHeader(
        'Content-Disposition',
        thumbnail ? contentDisposition(`${file.name}.webp`, 'inline') : contentDisposition(downloadName(file.name, file.mimeType)),
      );
      // No script, frame or plugin runs from a downloaded file even if a browser renders it.
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      await pipeline(object.body, res);
    } catch (error) {
      if (res.headersSent) {
        options.onError?.(error, req);
        res.destroy();
        return;
      }
      fail(req, res, error);
    }
  };
  router.get('/:id', download(false));
  router.get('/:id/thumbnail', download(true));
  return router;
}

/** The upload's answer: what a form needs to show and cite the file. */
function uploadAnswer(file: StoredFile) {
  return {
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    size: file.size,
    sha256: file.sha256,
    hasThumbnail: file.thumbnailKey !== null,
  };
}

// Bodies up to twice the cap are discarded to the end, so the client reads the answer; longer ones are cut.
const MAX_DISCARDED_BYTES = 2 * MAX_UPLOAD_REQUEST_BYTES;

/**
 * After a refusal the rest of the body is thrown away as it arrives (never kept), so that the
 * client, still sending, reads the answer instead of a reset; past MAX_DISCARDED_BYTES the
 * connection is cut. Either way it is closed after the answer.
 */
function discardRest(req: Request, res: Response): void {
  res.setHeader('Connection', 'close');
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) req.socket.destroy();
  });
  req.resume();
}

function sendError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}
