/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}": typeof types.AuditLogDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}": typeof types.LoginDocument,
    "query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}": typeof types.MeDocument,
    "query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n  }\n}": typeof types.TenantsDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}": typeof types.CreateUserDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}": typeof types.ResetUserPasswordDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}": typeof types.UpdateUserDocument,
    "query Users($search: String, $offset: Int!, $limit: Int!) {\n  users(search: $search, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.UsersDocument,
};
const documents: Documents = {
    "query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}": types.AuditLogDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}": types.LoginDocument,
    "query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}": types.MeDocument,
    "query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n  }\n}": types.TenantsDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}": types.CreateUserDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}": types.ResetUserPasswordDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}": types.UpdateUserDocument,
    "query Users($search: String, $offset: Int!, $limit: Int!) {\n  users(search: $search, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.UsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}"): (typeof documents)["query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}"): (typeof documents)["mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n  }\n}"): (typeof documents)["query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}"): (typeof documents)["mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($search: String, $offset: Int!, $limit: Int!) {\n  users(search: $search, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Users($search: String, $offset: Int!, $limit: Int!) {\n  users(search: $search, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;