export { inDependencyOrder, type HttpDeps, type HttpMount, type ZerenModule } from './lib/module/zeren-module';
export type { SweepFixtures, SweepIds } from './lib/module/sweep-fixtures';
export { buildZerenSchema, createServices, type SchemaServices } from './lib/schema/build-schema';
export { formatError, unexpectedErrorPlugin, isUnexpected, type UnexpectedErrorLog } from './lib/schema/format-error';
export { mutationAudit } from './lib/audit/mutation-audit.middleware';
export { Todo, TodoLevel, type TodoProvider } from './lib/todo/todo.types';
