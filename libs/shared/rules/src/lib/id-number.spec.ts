import { checkIdNumber, composeIdNumber, idNumberCheckChar, maskIdNumber } from './id-number';

describe('identity numbers (GB 11643)', () => {
  it('accepts the standard\'s own example and reads its birth date and gender', () => {
    expect(checkIdNumber('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE' });
  });

  it('reads a lower-case x and drops the spaces people type between groups', () => {
    expect(checkIdNumber('110105 19491231 002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('computes the check character by MOD 11-2', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    const male = `37050219850312001${idNumberCheckChar('37050219850312001')}`;
    expect(checkIdNumber(male)).toMatchObject({ ok: true, birthDate: '1985-03-12', gender: 'MALE' });
  });

  it('refuses a wrong check character, naming it', () => {
    expect(checkIdNumber('110105194912310021')).toEqual({ ok: false, reason: 'check', message: '身份证号校验位不正确,请核对' });
  });

  it.each(['', '1101051949123100', '1101051949123100211', '01010519491231002X', '11010519491231X02X', '１１０１０５１９４９１２３１００２Ｘ'])('refuses the shape of %p', (raw) => {
    expect(checkIdNumber(raw)).toMatchObject({ ok: false, reason: 'shape', message: expect.stringContaining('18 位') });
  });

  it('refuses birth dates that do not exist or lie in the future', () => {
    for (const first17 of ['11010519490231002', '11010518991231002', '11010520991231002']) {
      expect(checkIdNumber(`${first17}${idNumberCheckChar(first17)}`, '2026-12-01')).toEqual({ ok: false, reason: 'birthDate', message: '身份证号中的出生日期不是有效日期' });
    }
  });

  it('masks all but the first and last characters, so a known birth date and region give nothing back', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1****************X');
  });

  it('composes valid numbers for a birth date, gender and sequence', () => {
    expect(checkIdNumber(composeIdNumber(370502, '1985-03-12', 0, 'MALE'))).toMatchObject({ ok: true, birthDate: '1985-03-12', gender: 'MALE' });
    expect(checkIdNumber(composeIdNumber(370503, '1990-01-31', 7, 'FEMALE'))).toMatchObject({ ok: true, birthDate: '1990-01-31', gender: 'FEMALE' });
  });
});
