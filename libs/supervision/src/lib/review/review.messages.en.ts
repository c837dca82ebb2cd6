import type { MessageCatalogue } from '@zeren/shared-errors';
export const reviewMessages: MessageCatalogue = {};
