export { inDependencyOrder, type HttpDeps, type HttpMount, type ZerenModule } from './lib/module/zeren-module';
export type { SweepFixtures, SweepIds } from './lib/module/sweep-fixtures';
export { buildZerenSchema, createServices, type SchemaServices } from './lib/schema/build-schema';
export { formatError, unexpectedErrorPlugin, isUnexpected, SERVICE_UNAVAILABLE_MESSAGE, type UnexpectedErrorLog } from './lib/schema/format-error';
export { isServiceUnavailable } from './lib/schema/service-unavailable';
export { auditLine } from './lib/audit/audit-line';
export { mutationAudit, mutationReportPlugin, type MutationOutcome } from './lib/audit/mutation-audit.middleware';
export { Todo, type TodoProvider } from './lib/todo/todo.types';
export { localizedErrorsPlugin, messageTranslator, PLATFORM_MESSAGES } from './lib/schema/localized-errors.plugin';
