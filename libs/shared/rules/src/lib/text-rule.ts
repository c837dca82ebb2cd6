/** The outcome of the shared text rule: the value to store, or why a person must change it (zh-CN). */
export type TextResult = { ok: true; value: string } | { ok: false; message: string };

export const TEXT = {
  messages: {
    blank: '不能只包含空格',
    control: '不能包含控制字符',
    bidi: '不能包含文字方向控制字符',
    surrogate: '包含无效的字符',
  },
} as const;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 and C1 controls and DEL; tab and line feed are checked apart (multi-line text keeps them).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const LINE_OR_TAB = /[\t\n]/;
// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make text read differently from what is stored.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * The one rule for every text a person types: NFC, trimmed, no control or bidi characters, no lone
 * surrogates. Multi-line text keeps tabs and line feeds (CR LF becomes LF). A value of only spaces
 * is refused rather than stored as an empty string.
 */
export function normalizeText(raw: string, options: { multiline?: boolean } = {}): TextResult {
  if (LONE_SURROGATE.test(raw)) return { ok: false, message: TEXT.messages.surrogate };
  const unified = options.multiline ? raw.replace(/\r\n?/g, '\n') : raw;
  const value = unified.normalize('NFC').trim();
  if (BIDI.test(value)) return { ok: false, message: TEXT.messages.bidi };
  if (CONTROL.test(value) || (!options.multiline && LINE_OR_TAB.test(value))) return { ok: false, message: TEXT.messages.control };
  if (value === '' && raw !== '') return { ok: false, message: TEXT.messages.blank };
  return { ok: true, value };
}

/** Length as a person counts it: code points, so 𠮷 (outside the BMP) is one character, not two. */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}
