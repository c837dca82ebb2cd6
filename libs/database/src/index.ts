export { allEntities, allMigrations, domainResolvers, openDatabase, type OpenOptions } from './lib/zeren-database';
