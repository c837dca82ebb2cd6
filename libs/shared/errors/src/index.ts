export * from './lib/app-error';
export * from './lib/message-catalogue';
export { errorsMessages } from './lib/errors.messages.en';
