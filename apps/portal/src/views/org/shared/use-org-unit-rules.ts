import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { OrgUnitRulesDocument, type OrgUnitKind } from '@/gql/graphql';
import { notifyError } from '@/api/notify';

/** The server's rules for the org tree (top-level kinds, the kinds each kind holds, the depth cap), read once. */
export function useOrgUnitRules() {
  const { result, onError } = useQuery(OrgUnitRulesDocument, null, { fetchPolicy: 'cache-first' });
  onError(notifyError);
  const rules = computed(() => result.value?.orgUnitRules ?? null);
  const children = computed(() => new Map(rules.value?.childKinds.map((c) => [c.kind, c.children]) ?? []));
  const rootKinds = computed<readonly OrgUnitKind[]>(() => rules.value?.rootKinds ?? []);
  const childKinds = (kind: OrgUnitKind): readonly OrgUnitKind[] => children.value.get(kind) ?? [];
  const mayHold = (parent: OrgUnitKind, child: OrgUnitKind) => childKinds(parent).includes(child);
  /** Null until the rules are in. */
  const maxDepth = computed(() => rules.value?.maxDepth ?? null);
  return { rootKinds, childKinds, mayHold, maxDepth };
}
