/** The languages the server words its messages in; zh-CN is the source, and the default. */
export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * English for the zh-CN messages a lib writes, keyed by the zh-CN text itself (as gettext keys by
 * the source string): `{name}` marks a part filled in at run time — a name, a number, a field's
 * label or a whole other message — and the English uses the same names; `{#name}` is a part that
 * is only ever digits (a year, a count), so that `{#year}年` never takes a name ending in 年. A part that is itself in
 * a catalogue (a label, a nested message) is translated too; anything else (what people typed) is
 * kept as it is.
 */
export type MessageCatalogue = Readonly<Record<string, string>>;

interface Pattern {
  regex: RegExp;
  names: string[];
  en: string;
  /** Literal characters: the more, the more specific (tried first). */
  weight: number;
}

const PLACEHOLDER = /\{(#?\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Parts nest (an import cell's message inside its row's); deeper than this is a loop. */
const MAX_DEPTH = 4;

/**
 * Picks the response language from an Accept-Language header (RFC 9110 quality values; a range
 * matches its own tag and the tags it prefixes). No header, or nothing we speak, is zh-CN.
 */
export function pickLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.tag && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranges) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Words the platform's zh-CN messages in another language, from every lib's catalogue. */
export class MessageTranslator {
  private readonly exact = new Map<string, string>();
  private readonly patterns: Pattern[] = [];

  constructor(catalogues: readonly MessageCatalogue[]) {
    for (const catalogue of catalogues) {
      for (const [zh, en] of Object.entries(catalogue)) {
        const names = [...zh.matchAll(PLACEHOLDER)].map((m) => m[1].replace('#', ''));
        if (names.length === 0) {
          this.exact.set(zh, en);
          continue;
        }
        const source = zh
          .split(PLACEHOLDER)
          .map((piece, i) => (i % 2 === 0 ? escape(piece) : piece.startsWith('#') ? '(\\d+)' : '(.+?)'))
          .join('');
        this.patterns.push({ regex: new RegExp(`^${source}$`, 's'), names, en, weight: zh.replace(PLACEHOLDER, '').length });
      }
    }
    this.patterns.sort((a, b) => b.weight - a.weight);
  }

  /** The message in `locale`; zh-CN, or a message no catalogue knows, comes back as it is. */
  translate(message: string, locale: Locale): string {
    return locale === 'zh-CN' ? message : (this.english(message, 0) ?? message);
  }

  /** True if some catalogue has English for a message of this shape (`{}` for each run-time part). */
  covers(template: string): boolean {
    // A run-time part could be digits: the probe's stands in for any part, `{#name}` ones included.
    const probe = template.replace(/\{\}/g, '0');
    return this.exact.has(template) || this.patterns.some((p) => p.regex.test(probe));
  }

  private english(message: string, depth: number): string | null {
    const known = this.exact.get(message);
    if (known !== undefined) return known;
    if (depth >= MAX_DEPTH) return null;
    for (const pattern of this.patterns) {
      const match = pattern.regex.exec(message);
      if (!match) continue;
      const parts = new Map(pattern.names.map((name, i) => [name, match[i + 1]]));
      return pattern.en.replace(PLACEHOLDER, (_, name: string) => {
        const part = parts.get(name.replace('#', '')) ?? '';
        return this.english(part, depth + 1) ?? part;
      });
    }
    return null;
  }
}

/** An error as it leaves the server: a message, and per-field issues with messages of their own. */
interface OutgoingError {
  message: string;
  extensions?: Record<string, unknown> | { issues?: unknown };
}

/** The errors with their messages (and their issues' messages) in `locale`; codes and fields untouched. */
export function localizeErrors<E extends OutgoingError>(errors: readonly E[], locale: Locale, translator: MessageTranslator): E[] {
  if (locale === DEFAULT_LOCALE) return [...errors];
  return errors.map((error) => {
    const extensions = error.extensions as Record<string, unknown> | undefined;
    const issues = extensions?.['issues'];
    return {
      ...error,
      message: translator.translate(error.message, locale),
      ...(Array.isArray(issues)
        ? { extensions: { ...extensions, issues: issues.map((i: { message?: unknown }) => (typeof i?.message === 'string' ? { ...i, message: translator.translate(i.message, locale) } : i)) } }
        : {}),
    };
  });
}
