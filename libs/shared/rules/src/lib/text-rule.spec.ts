import { TEXT, normalizeText, textLength } from './text-rule';

describe('the shared text rule', () => {
  it('trims and composes to NFC', () => {
    expect(normalizeText('  张三\u3000')).toEqual({ ok: true, value: '张三' });
    expect(normalizeText('Cafe\u0301')).toEqual({ ok: true, value: 'Caf\u00e9' });
  });

  it('refuses a value of only spaces, but lets an empty one through to the field’s own rule', () => {
    expect(normalizeText('   ')).toEqual({ ok: false, message: TEXT.messages.blank });
    expect(normalizeText('\u3000\t')).toEqual({ ok: false, message: TEXT.messages.blank });
    expect(normalizeText('')).toEqual({ ok: true, value: '' });
  });

  it.each([['NUL', 'a\u0000b'], ['ESC', 'a\u001bb'], ['DEL', 'a\u007fb'], ['C1', 'a\u0085b'], ['line feed', 'a\nb'], ['tab', 'a\tb']])(
    'refuses %s in single-line text',
    (_, raw) => expect(normalizeText(raw)).toEqual({ ok: false, message: TEXT.messages.control }),
  );

  it('keeps tabs and line feeds in multi-line text, CR LF as LF, and still refuses NUL there', () => {
    expect(normalizeText('一\r\n\t二\r三', { multiline: true })).toEqual({ ok: true, value: '一\n\t二\n三' });
    expect(normalizeText('a\u0000b', { multiline: true })).toEqual({ ok: false, message: TEXT.messages.control });
  });

  it.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])('refuses the bidi control U+%s', (c) => {
    expect(normalizeText(`abc${c}def`)).toEqual({ ok: false, message: TEXT.messages.bidi });
  });

  it('refuses lone surrogates but keeps characters outside the BMP', () => {
    expect(normalizeText('a\ud800b')).toEqual({ ok: false, message: TEXT.messages.surrogate });
    expect(normalizeText('a\udc00')).toEqual({ ok: false, message: TEXT.messages.surrogate });
    expect(normalizeText('\ud842\udfb7野家')).toEqual({ ok: true, value: '𠮷野家' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(textLength('𠮷野家')).toBe(3);
    expect(textLength('张三')).toBe(2);
  });
});
