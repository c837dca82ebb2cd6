import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this module's zh-CN messages and labels (see MessageCatalogue in @zeren/shared-errors). */
export const workMessages: MessageCatalogue = {};
