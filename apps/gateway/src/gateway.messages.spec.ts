import { join } from 'node:path';
import { messageTranslator } from '@zeren/api';
import { untranslatedMessages } from '@zeren/api/testing';
import { MODULES } from '@zeren/modules';
import { gatewayMessages } from './gateway.messages.en';

describe('the gateway’s English messages', () => {
  it('has English for every zh-CN message of its own (gateway.messages.en.ts)', () => {
    const missing = untranslatedMessages(join(__dirname, '../../..'), ['apps/gateway/src'], messageTranslator(MODULES, gatewayMessages));
    expect(missing.map((m) => `${m.file}:${m.line} ${m.template}`)).toEqual([]);
  });
});
