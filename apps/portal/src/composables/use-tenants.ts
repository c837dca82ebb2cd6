import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { TenantsDocument } from '@/gql/graphql';
import { notifyError } from '@/api/notify';

/**
 * Every tenant the user may read, whatever agency the picker narrows to (the picker itself and the
 * tenant names in tables need the full list). Agency users get just their own.
 */
export function useTenants() {
  const { result, loading, onError } = useQuery(TenantsDocument, null, () => ({
    fetchPolicy: 'cache-first',
    context: { ignoreViewTenant: true },
  }));
  onError(notifyError);
  const tenants = computed(() => result.value?.tenants ?? []);
  const agencies = computed(() => tenants.value.filter((t) => t.kind === 'AGENCY'));
  // The agencies as a filter's options (FilterSelect).
  const agencyOptions = computed(() => agencies.value.map((a) => ({ value: a.id, label: a.name })));
  const nameOf = (id: string | null | undefined) => (id ? (tenants.value.find((t) => t.id === id)?.name ?? id) : '');
  return { tenants, agencies, agencyOptions, nameOf, loading };
}
