import { LIMITS, PHONE, TENANT_CODE, USERNAME, formatBytes, isStrongPassword } from './input-rules';

describe('input rules', () => {
  it('takes login names of 3–64 letters, digits, _ . -', () => {
    expect(['czj_admin', 'a.b-c', 'x'.repeat(64)].every((u) => USERNAME.pattern.test(u))).toBe(true);
    expect(['ab', 'x'.repeat(65), '张三', 'a b'].some((u) => USERNAME.pattern.test(u))).toBe(false);
  });

  it('wants letters and digits in a password of 8–128 characters', () => {
    expect(isStrongPassword('Zeren@2026')).toBe(true);
    expect(isStrongPassword('short1')).toBe(false);
    expect(isStrongPassword('onlyletters')).toBe(false);
    expect(isStrongPassword('12345678')).toBe(false);
    expect(isStrongPassword(`a1${'x'.repeat(127)}`)).toBe(false);
  });

  it('takes upper-case tenant codes only', () => {
    expect(TENANT_CODE.pattern.test('CZJ')).toBe(true);
    expect(TENANT_CODE.pattern.test('czj')).toBe(false);
  });

  it('takes 11-digit mobile numbers starting 13–19', () => {
    expect(['13912345678', '19900000000'].every((p) => PHONE.pattern.test(p))).toBe(true);
    expect(['12345678901', '1391234567', '139123456789', '+8613912345678', '1391234567a'].some((p) => PHONE.pattern.test(p))).toBe(false);
  });

  it('names limits as people read them', () => {
    expect(formatBytes(LIMITS.memberImportBytes)).toBe('700 KB');
    expect(formatBytes(LIMITS.evidenceFileBytes)).toBe('20 MB');
  });
});
