/** A text rule with the message a person sees when a value breaks it (zh-CN). */
export interface PatternRule {
  pattern: RegExp;
  message: string;
}

export const USERNAME: PatternRule = {
  pattern: /^[A-Za-z0-9_.-]{3,64}$/,
  message: '登录名须为 3–64 位字母、数字、下划线、点或连字符',
};

export const TENANT_CODE: PatternRule = {
  pattern: /^[A-Z0-9_-]{2,32}$/,
  message: '单位代码须为 2–32 位大写字母、数字、下划线或连字符',
};

export const UNIT_CODE: PatternRule = {
  pattern: /^[A-Za-z0-9_-]{1,32}$/,
  message: '组织代码须为 1–32 位字母、数字、下划线或连字符',
};

/** A mainland mobile number: 11 digits starting 13–19. */
export const PHONE: PatternRule = {
  pattern: /^1[3-9]\d{9}$/,
  message: '手机号须为 11 位数字,以 1 开头',
};

export const PASSWORD = {
  minLength: 8,
  maxLength: 128,
  message: '密码至少 8 位,须同时包含字母和数字',
} as const;

export function isStrongPassword(plain: string): boolean {
  return plain.length >= PASSWORD.minLength && plain.length <= PASSWORD.maxLength && /[A-Za-z]/.test(plain) && /\d/.test(plain);
}

export const LENGTHS = {
  displayName: { min: 1, max: 64, message: '姓名须为 1–64 个字符' },
  tenantName: { min: 2, max: 100, message: '单位名称须为 2–100 个字符' },
} as const;

/** Upload and import caps: the portal refuses a file over them before sending it, the server after. */
export const LIMITS = {
  /** The member import sheet (.xlsx), before base64. */
  memberImportBytes: 700 * 1024,
  memberImportRows: 5000,
  /** One evidence file (libs/files). */
  evidenceFileBytes: 20 * 1024 * 1024,
  /** How many days ahead the committee may have reminders sent (libs/reminders). */
  reminderLeadDaysMax: 30,
} as const;

/** `700 KB`, `20 MB`: a limit as people read it. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
