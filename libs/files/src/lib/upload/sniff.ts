import { ALLOWED_FILE_TYPES, type AllowedFileType } from './file-limits';
import { fileTypeModule } from './file-type.loader';
import { legacyOfficeKind } from './compound-file';

const byMime = new Map(ALLOWED_FILE_TYPES.map((t) => [t.mime, t]));
const byExt = new Map(ALLOWED_FILE_TYPES.map((t) => [t.ext, t]));

/** The allowed type the bytes of this file show, or null: the name and the client's Content-Type are never asked. */
export async function sniffAllowedType(path: string): Promise<AllowedFileType | null> {
  const detected = await fileTypeModule().fileTypeFromFile(path);
  if (!detected) return null;
  if (detected.mime === 'application/x-cfb') {
    const legacy = await legacyOfficeKind(path);
    return legacy ? (byExt.get(legacy) ?? null) : null;
  }
  return byMime.get(detected.mime) ?? null;
}
