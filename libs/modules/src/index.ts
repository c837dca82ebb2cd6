export { MODULES, allEntities, allMigrations, openDatabase, type OpenOptions } from './lib/zeren-modules';
