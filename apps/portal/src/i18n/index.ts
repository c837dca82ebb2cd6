import { createI18n } from 'vue-i18n';

export type Locale = 'zh-CN' | 'en';
const KEY = 'zeren.locale';

// Top-level key → its messages (a list, as login.features, is an array of strings).
type Messages = Record<string, Record<string, string | string[]>>;

// One file per area and language (locales/<locale>/<area>.ts); each en file is typed against its zh-CN twin.
const zhCN = import.meta.glob<Messages>('./locales/zh-CN/*.ts', { eager: true, import: 'default' });
const en = import.meta.glob<Messages>('./locales/en/*.ts', { eager: true, import: 'default' });

/** The area files of one language as one message tree; two areas may not claim the same top-level key. */
function collect(files: Record<string, Messages>): Messages {
  const out: Messages = {};
  for (const [file, messages] of Object.entries(files)) {
    for (const [key, value] of Object.entries(messages)) {
      if (key in out) throw new Error(`i18n: "${key}" is defined twice (${file})`);
      out[key] = value;
    }
  }
  return out;
}

// An en file without a zh-CN twin fails the type check; a zh-CN area without an en file would show in Chinese unnoticed.
const untranslated = Object.keys(zhCN).filter((file) => !(file.replace('/zh-CN/', '/en/') in en));
if (untranslated.length) throw new Error(`i18n: no English file for ${untranslated.join(', ')}`);

// The language is a preference, not a secret: it may outlive the session (localStorage).
function initial(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': collect(zhCN), en: collect(en) },
  missingWarn: false,
  fallbackWarn: false,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
}
