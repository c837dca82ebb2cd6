export * from './lib/page.input';
