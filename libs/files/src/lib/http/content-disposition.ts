import { ALLOWED_FILE_TYPES } from '../upload/file-limits';

const extOf = new Map(ALLOWED_FILE_TYPES.map((t) => [t.mime, t.ext]));
// Extensions a type may already carry under another spelling.
const ALIASES: Record<string, string[]> = { jpg: ['jpeg', 'jpe'] };

/**
 * The download name: the original name, with the extension of the type the bytes really are when
 * it lacks one ("setup.msi" that sniffed as Word is saved as "setup.msi.doc" and never run).
 */
export function downloadName(name: string, mimeType: string): string {
  const ext = extOf.get(mimeType);
  if (!ext) return name;
  const lower = name.toLowerCase();
  return [ext, ...(ALIASES[ext] ?? [])].some((e) => lower.endsWith(`.${e}`)) ? name : `${name}.${ext}`;
}

/** `attachment` (or `inline`) with an ASCII fallback and the UTF-8 name per RFC 5987/6266. */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
