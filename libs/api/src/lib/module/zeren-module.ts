import type { Request, Router } from 'express';
import type { MigrationInterface } from 'typeorm';
import type { PermissionGrants, RequestContext, ScopeHook } from '@zeren/auth';
import type { ModuleSeeder } from '@zeren/tenancy';
import type { MessageCatalogue } from '@zeren/shared-errors';
import type { TodoProvider } from '../todo/todo.types';
import type { ReminderProvider } from '../reminder/reminder.types';
import type { SweepFixtures } from './sweep-fixtures';

/**
 * One lib's contribution to the server (DESIGN.md seam 1). The composition list (libs/modules)
 * names the modules; the schema, migrations, permission catalogue, scope hooks, to-do list, seed and
 * isolation sweep are all built from it, so a new lib touches no other lib's files.
 */
export interface ZerenModule {
  /** Unique; what other modules' `dependsOn` name. */
  name: string;
  /** Modules whose tables and seed data this one builds on (the seed runs in this order). */
  dependsOn?: readonly string[];
  entities?: readonly Function[];
  migrations?: readonly (new () => MigrationInterface)[];
  resolvers?: readonly Function[];
  /** The permissions the module's resolvers name, and the roles that hold them. */
  permissions?: PermissionGrants;
  scopeHooks?: readonly ScopeHook[];
  todos?: readonly TodoProvider[];
  /** Due dates for the reminder schedule (libs/reminders sends them once each, to a site message and the robots). */
  reminders?: readonly ReminderProvider[];
  /** Writes the module's demo and synthetic data, after the modules it depends on (tools/seed runs it). */
  seed?: ModuleSeeder;
  /** HTTP endpoints beside /graphql (evidence uploads and downloads), mounted by the gateway. */
  http?: readonly HttpMount[];
  /** Valid inputs for the isolation sweep, so that every id-taking mutation reaches its tenant check. */
  sweep?: SweepFixtures;
  /** English for the module's zh-CN messages, for requests that ask for it (Accept-Language); a test holds every message to it. */
  messages?: MessageCatalogue;
}

/** One HTTP endpoint of a module: the gateway mounts `create(deps)` at `path`, before the portal's pages. */
export interface HttpMount {
  path: `/${string}`;
  create(deps: HttpDeps): Router;
}

/** What an HTTP endpoint gets from the gateway: the same request context GraphQL builds, and the configuration. */
export interface HttpDeps {
  /** The request's context from its bearer token (UNAUTHENTICATED for a bad one, as in GraphQL). */
  resolveContext(req: Request): Promise<RequestContext>;
  env: NodeJS.ProcessEnv;
  /** Logs an unexpected error under the request. */
  onError(error: unknown, req: Request): void;
}

/** Orders modules so that each comes after the ones it depends on; refuses unknown names and cycles. */
export function inDependencyOrder(modules: readonly ZerenModule[]): ZerenModule[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  if (byName.size !== modules.length) throw new Error('Two modules share a name');
  const ordered: ZerenModule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (module: ZerenModule, path: string[]) => {
    if (state.get(module.name) === 'done') return;
    if (state.get(module.name) === 'visiting') throw new Error(`Module dependency cycle: ${[...path, module.name].join(' → ')}`);
    state.set(module.name, 'visiting');
    for (const dep of module.dependsOn ?? []) {
      const target = byName.get(dep);
      if (!target) throw new Error(`Module ${module.name} depends on ${dep}, which is not in the list`);
      visit(target, [...path, module.name]);
    }
    state.set(module.name, 'done');
    ordered.push(module);
  };
  for (const module of modules) visit(module, []);
  return ordered;
}
