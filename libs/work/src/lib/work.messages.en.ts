import type { MessageCatalogue } from '@zeren/shared-errors';
import { exportMessages } from './export/export.messages.en';

/** English for this module's zh-CN messages and labels (see MessageCatalogue in @zeren/shared-errors). */
export const workMessages: MessageCatalogue = {
  ...exportMessages,
};
