import { createI18n } from 'vue-i18n';

export type Locale = 'zh-CN' | 'en';
const KEY = 'zeren.locale';

// Top-level key → its messages (a list, as login.features, is an array of strings).
type Messages = Record<string, Record<string, string | string[]>>;

// One file per area and language (locales/<locale>/<area>.ts); each en file is typed against its zh-CN twin.
const zhCN = import.meta.glob<Messages>('./locales/zh-CN/*.ts', { eager: true, import: 'default' });
// English is fetched when chosen: most users never do, and it would double what every first visit loads.
const en = import.meta.glob<Messages>('./locales/en/*.ts', { import: 'default' });

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
  messages: { 'zh-CN': collect(zhCN) } as Record<Locale, Messages>,
  missingWarn: false,
  fallbackWarn: false,
});

let english: Promise<void> | null = null;
function loadEnglish(): Promise<void> {
  english ??= Promise.all(Object.entries(en).map(async ([file, load]) => [file, await load()] as const)).then((files) => i18n.global.setLocaleMessage('en', collect(Object.fromEntries(files))));
  return english;
}

/** The saved language's messages, before the app mounts (Chinese is always there). */
export function localeReady(): Promise<void> {
  return i18n.global.locale.value === 'en' ? loadEnglish() : Promise.resolve();
}

let chosen: Locale = i18n.global.locale.value as Locale;

/** The language the user chose, even while its messages are still on their way: the one the gateway is asked to speak. */
export function chosenLocale(): Locale {
  return chosen;
}

/** The choice is kept at once (a page opened or a request sent meanwhile follows it); the text switches once its messages are in. */
export async function setLocale(locale: Locale): Promise<void> {
  chosen = locale;
  localStorage.setItem(KEY, locale);
  if (locale === 'en') await loadEnglish();
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
