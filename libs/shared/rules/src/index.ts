export { LENGTHS, LIMITS, PASSWORD, TENANT_CODE, UNIT_CODE, USERNAME, formatBytes, isStrongPassword, type PatternRule } from './lib/input-rules';
