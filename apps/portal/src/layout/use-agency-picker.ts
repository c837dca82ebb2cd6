import { computed } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';

// element-plus treats '' as "nothing selected" and would show the placeholder instead of 全部单位.
export const ALL_AGENCIES = '__all__';

/** The committee's "全部单位 / one agency" picker in the top bar. */
export function useAgencyPicker() {
  const session = useSessionStore();
  const { resolveClient } = useApolloClient();
  const { agencies, loading } = useTenants();

  const selected = computed({
    get: () => session.viewTenantId ?? ALL_AGENCIES,
    set: (id: string) => {
      session.setViewTenant(id === ALL_AGENCIES ? null : id);
      // Every visible list changes with the view: drop the cache and refetch what is on screen.
      void resolveClient().resetStore();
    },
  });

  return { agencies, selected, loading };
}
