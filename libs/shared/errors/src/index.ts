export * from './lib/app-error';
