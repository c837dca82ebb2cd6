import { LIMITS, formatBytes } from '@zeren/shared-rules';

// The cap itself lives in @zeren/shared-rules, so the portal refuses the same files before sending them.
export const MAX_FILE_BYTES = LIMITS.evidenceFileBytes;
export const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);
// Room for the multipart boundaries, part headers and the few small fields next to the file.
export const MAX_UPLOAD_OVERHEAD_BYTES = 64 * 1024;
export const MAX_UPLOAD_REQUEST_BYTES = MAX_FILE_BYTES + MAX_UPLOAD_OVERHEAD_BYTES;
export const THUMBNAIL_WIDTH = 320;
// Larger images are kept without a thumbnail rather than decoded into hundreds of MB of pixels.
export const MAX_THUMBNAIL_SOURCE_PIXELS = 60_000_000;
/** The most ids one `files(ids:)` query accepts. */
export const MAX_FILES_PER_QUERY = 100;
export const MAX_FILE_NAME_LENGTH = 200;

export type FileKind = 'image' | 'pdf' | 'office';

export interface AllowedFileType {
  mime: string;
  /** The extension a download gets when the original name lacks it. */
  ext: string;
  kind: FileKind;
}

/** What may be uploaded, by the type sniffed from the bytes (never the name or the client's Content-Type). */
export const ALLOWED_FILE_TYPES: readonly AllowedFileType[] = [
  { mime: 'image/jpeg', ext: 'jpg', kind: 'image' },
  { mime: 'image/png', ext: 'png', kind: 'image' },
  { mime: 'image/webp', ext: 'webp', kind: 'image' },
  { mime: 'image/gif', ext: 'gif', kind: 'image' },
  { mime: 'application/pdf', ext: 'pdf', kind: 'pdf' },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', kind: 'office' },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', kind: 'office' },
  { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ext: 'pptx', kind: 'office' },
  // Legacy Office (WPS still writes these): told apart from other compound files (.msi, .msg) by their streams.
  { mime: 'application/msword', ext: 'doc', kind: 'office' },
  { mime: 'application/vnd.ms-excel', ext: 'xls', kind: 'office' },
  { mime: 'application/vnd.ms-powerpoint', ext: 'ppt', kind: 'office' },
];

export const FILE_MESSAGES = {
  typeNotAllowed: '文件类型不允许：仅支持图片、PDF 和 Office 文档',
  tooLarge: `文件超过 ${formatBytes(MAX_FILE_BYTES)} 上限`,
  noFile: '未选择文件',
  emptyFile: '文件为空',
  oneFileOnly: '一次只能上传一个文件',
  notMultipart: '上传格式不正确：请以 multipart/form-data 提交',
  badForm: '上传内容格式不正确',
  brokenImage: '图片已损坏，无法读取',
  badUnitId: '所属组织编号格式不正确',
  readOnly: '当前身份只能查看，不能上传文件',
  fileNotFound: '文件',
  thumbnailNotFound: '缩略图',
  contentMissing: '文件内容缺失，请联系管理员',
  tooManyIds: `一次最多查询 ${MAX_FILES_PER_QUERY} 个文件`,
} as const;
