export { allEntities, allMigrations, openDatabase, type OpenOptions } from './lib/zeren-database';
