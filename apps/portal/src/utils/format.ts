import { i18n } from '@/i18n';

/** 2026-11-28 16:45 in the UI's language and the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.global.locale.value, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  // A thin space as the thousands separator (3 329), as the brief prints its figures.
  return new Intl.NumberFormat('en-US').format(n).replace(/,/g, '\u2009');
}

/** A share the API rounds to one decimal, without a trailing ".0": 65, 62.5. */
export function formatShare(percent: number): string {
  return Number.isInteger(percent) ? String(percent) : percent.toFixed(1);
}

/** A form's optional text as the API wants it: trimmed, or null when blank. */
export function blankToNull(s: string): string | null {
  return s.trim() ? s.trim() : null;
}

/** A rate the API gives as 0..1 (or null when nothing is due yet) as a percentage. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  const p = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}
