export { LENGTHS, LIMITS, PASSWORD, PHONE, TENANT_CODE, UNIT_CODE, USERNAME, formatBytes, isStrongPassword, type PatternRule } from './lib/input-rules';
export { TEXT, normalizeText, textLength, type TextResult } from './lib/text-rule';
export { checkIdNumber, composeIdNumber, idNumberCheckChar, maskIdNumber, type IdNumberResult } from './lib/id-number';
export { rulesMessages } from './lib/rules.messages.en';
