import { join } from 'node:path';
import { messageTranslator } from '@zeren/api';
import { untranslatedMessages } from '@zeren/api/testing';
import { MODULES } from './zeren-modules';

describe('English messages', () => {
  it('has English for every zh-CN message and label in the libs (add it to the lib’s *.messages.en.ts)', () => {
    const missing = untranslatedMessages(join(__dirname, '../../../..'), ['libs'], messageTranslator(MODULES));
    expect(missing.map((m) => `${m.file}:${m.line} ${m.template}`)).toEqual([]);
  });
});
