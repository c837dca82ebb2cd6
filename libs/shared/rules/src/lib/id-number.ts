/**
 * 公民身份号码 (GB 11643-1999): 6 digits of region, the birth date as YYYYMMDD, 3 digits of sequence
 * (odd for men, even for women) and a check character by ISO 7064 MOD 11-2 (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; gender: 'MALE' | 'FEMALE' }
  /** `reason` lets a client word the refusal in its own language; `message` is the zh-CN one. */
  | { ok: false; reason: 'shape' | 'birthDate' | 'check'; message: string };

/** Today's date in China (UTC+8, no daylight saving): a number born "tomorrow" in UTC may be today's. */
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The check character of the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return CHECK[sum % 11];
}

/**
 * Checks a typed identity number: shape, a real birth date not after `today`, and the check
 * character. A lower-case x is read as X and spaces are dropped (people type them in groups).
 */
export function checkIdNumber(raw: string, today = shanghaiToday()): IdNumberResult {
  const value = raw.replace(/\s/g, '').toUpperCase();
  if (!SHAPE.test(value)) return { ok: false, reason: 'shape', message: '身份证号须为 18 位,前 17 位为数字,最后一位为数字或 X' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const parsed = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== birthDate || birthDate < '1900-01-01' || birthDate > today) {
    return { ok: false, reason: 'birthDate', message: '身份证号中的出生日期不是有效日期' };
  }
  if (idNumberCheckChar(value) !== value[17]) return { ok: false, reason: 'check', message: '身份证号校验位不正确,请核对' };
  return { ok: true, value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/**
 * `370502198503120016` → `3****************6`. Only the first and last characters: whoever sees a
 * masked number also sees the member's birth date and can guess the region, so the familiar
 * 370502********0016 (region and last four) would give the whole number back.
 */
export function maskIdNumber(value: string): string {
  return value.length > 2 ? `${value[0]}${'*'.repeat(value.length - 2)}${value[value.length - 1]}` : '*'.repeat(value.length);
}

/** A number that passes its own check, from its parts (seed data and test fixtures make them); `gender` is MALE or FEMALE. */
export function composeIdNumber(region: number, birthDate: string, sequence: number, gender: string): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String((sequence % 500) * 2 + (gender === 'MALE' ? 1 : 0)).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}
