import { reactive } from 'vue';
import { LIMITS, formatBytes } from '@zeren/shared-rules';
import { useSessionStore } from '@/stores/session';
import { chosenLocale, i18n } from '@/i18n';

/** A file of a record's evidence: already stored (`id`), or on its way up with its progress. */
export interface EvidenceFile {
  key: string;
  id: string | null;
  name: string;
  mimeType: string;
  /** A local preview (object URL) or null; stored files' thumbnails are fetched with the token. */
  preview: string | null;
  thumbnailUrl: string | null;
  percent: number;
  error: string | null;
}

/** The upload answer of the files endpoint (libs/files), or its error body. */
interface UploadAnswer {
  id?: string;
  mimeType?: string;
  errors?: { message: string }[];
}

let seq = 0;

/**
 * The evidence list of one form: uploads go to the files endpoint (POST /files, multipart, bearer token)
 * one by one with their progress (XMLHttpRequest: fetch reports none); the record takes the ids.
 */
export function useEvidenceUpload() {
  const session = useSessionStore();
  const files = reactive<EvidenceFile[]>([]);

  function reset(existing: { id: string; name: string; mimeType: string; thumbnailUrl?: string | null }[] = []): void {
    for (const f of files) if (f.preview) URL.revokeObjectURL(f.preview);
    files.splice(0, files.length, ...existing.map((f) => ({ key: `f${seq++}`, id: f.id, name: f.name, mimeType: f.mimeType, preview: null, thumbnailUrl: f.thumbnailUrl ?? null, percent: 100, error: null })));
  }

  function add(file: File, unitId: string | null): void {
    const t = i18n.global.t;
    const entry = reactive<EvidenceFile>({
      key: `f${seq++}`,
      id: null,
      name: file.name,
      mimeType: file.type,
      preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
      thumbnailUrl: null,
      percent: 0,
      error: null,
    });
    files.push(entry);
    if (file.size > LIMITS.evidenceFileBytes) {
      entry.error = t('files.fileTooLarge', { max: formatBytes(LIMITS.evidenceFileBytes) });
      return;
    }
    const body = new FormData();
    if (unitId) body.append('unitId', unitId);
    body.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    if (session.token) xhr.setRequestHeader('authorization', `Bearer ${session.token}`);
    xhr.setRequestHeader('accept-language', chosenLocale());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) entry.percent = Math.min(99, Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let answer: UploadAnswer = {};
      try {
        answer = JSON.parse(xhr.responseText) as UploadAnswer;
      } catch {
        // a body that is not JSON: the generic message below
      }
      if (xhr.status === 201 && answer.id) {
        entry.id = answer.id;
        entry.mimeType = answer.mimeType ?? entry.mimeType;
        entry.percent = 100;
      } else {
        if (xhr.status === 401) session.end('expired');
        entry.error = answer.errors?.[0]?.message ?? t('errors.INTERNAL_SERVER_ERROR');
      }
    };
    xhr.onerror = () => (entry.error = t('errors.NETWORK'));
    xhr.send(body);
  }

  function remove(key: string): void {
    const i = files.findIndex((f) => f.key === key);
    if (i < 0) return;
    const preview = files[i].preview;
    if (preview) URL.revokeObjectURL(preview);
    files.splice(i, 1);
  }

  const busy = () => files.some((f) => !f.id && !f.error);
  const ids = () => files.flatMap((f) => (f.id ? [f.id] : []));

  return { files, reset, add, remove, busy, ids };
}
