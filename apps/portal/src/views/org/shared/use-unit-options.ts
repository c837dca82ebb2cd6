import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { OrgTreeDocument } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { nestUnits, type FlatUnit } from './units';
import { useOrgUnitRules } from './use-org-unit-rules';

/**
 * Every current org unit the user can see, nested, for pickers (member unit, transfer, move).
 * `keep` drops units outright (those the caller may not write into, for a write); `disable` greys them out.
 */
export function useUnitOptions(enabled: MaybeRefOrGetter<boolean> = true, disable?: (u: FlatUnit) => boolean, keep?: (u: FlatUnit) => boolean) {
  // The whole tree: as deep as the server allows, asked once its rules are in.
  const { maxDepth } = useOrgUnitRules();
  const { result, loading, onError, refetch } = useQuery(OrgTreeDocument, () => ({ id: null, depth: maxDepth.value ?? 0 }), () => ({
    enabled: toValue(enabled) && maxDepth.value !== null,
    fetchPolicy: 'cache-and-network',
  }));
  onError(notifyError);
  const units = computed(() => (result.value?.orgTree ?? []).filter((u) => !keep || keep(u)));
  const options = computed(() => nestUnits(units.value, disable));
  const nameOf = (id: string | null | undefined) => units.value.find((u) => u.id === id)?.name ?? '';
  return { units, options, nameOf, loading, refetch };
}
