import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export type { ResolveTree };

/**
 * The selection below the field being resolved — fragments spread, @skip/@include applied, arguments
 * with their variables and defaults — for a resolver that loads ahead what its sub-fields will ask
 * (a subtree in one statement instead of one per level). Null when the field selects nothing.
 */
export function lookahead(info: GraphQLResolveInfo): ResolveTree | null {
  const tree = parseResolveInfo(info);
  return tree && 'fieldsByTypeName' in tree ? (tree as ResolveTree) : null;
}

/** The sub-fields of `tree` selected on `typeName`, by field name (an aliased field appears once per alias). */
export function subfields(tree: ResolveTree, typeName: string, name?: string): ResolveTree[] {
  const fields = Object.values(tree.fieldsByTypeName[typeName] ?? {});
  return name ? fields.filter((f) => f.name === name) : fields;
}
