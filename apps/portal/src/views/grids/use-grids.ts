import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { GridsDocument, RemoveAgencyFromGridDocument, RemoveGridDocument, UsersDocument, type GridFieldsFragment } from '@/gql/graphql';
import { confirmThen } from '@/api/confirm';
import { notifyError } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localToday } from '@/utils/deadline';
import { i18n } from '@/i18n';

export type GridRow = GridFieldsFragment;
export interface StaffUser {
  id: string;
  displayName: string;
  roles: readonly string[];
}

/**
 * 网格管理: the committee's grids with their current agencies (a liaison sees their own grid's only,
 * as the server scopes it), the agencies in no grid, and the admin's moves.
 */
export function useGrids() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.GRIDS_MANAGE));

  const query = useQuery(GridsDocument, null, { fetchPolicy: 'cache-and-network' });
  query.onError(notifyError);
  const grids = computed(() => query.result.value?.grids ?? []);
  const withoutGrid = computed(() => query.result.value?.agenciesWithoutGrid ?? []);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);

  // Leaders and liaisons are the committee's own users.
  const committeeId = computed(() => session.user?.tenant.id ?? '');
  const usersQ = useQuery(UsersDocument, () => ({ tenantId: committeeId.value, offset: 0, limit: 200 }), () => ({ enabled: manager.value && !!committeeId.value }));
  const staff = computed<StaffUser[]>(() => (usersQ.result.value?.users.items ?? []).filter((u) => !u.disabled));
  const leaders = computed(() => staff.value.filter((u) => u.roles.includes('COMMITTEE_ADMIN') || u.roles.includes('COMMITTEE_LEADER')));
  const liaisonUsers = computed(() => staff.value.filter((u) => u.roles.includes('GRID_LIAISON')));

  const removeM = useMutation(RemoveGridDocument);
  async function removeGrid(grid: GridRow): Promise<void> {
    if (await confirmThen({ message: t('grids.removeConfirm', { name: grid.name }), title: t('grids.remove'), danger: true }, () => removeM.mutate({ id: grid.id }), t('grids.removed'))) refresh();
  }

  const takeOutM = useMutation(RemoveAgencyFromGridDocument);
  async function takeOut(grid: GridRow, agency: { id: string; name: string }): Promise<void> {
    const ask = { message: t('grids.takeOutConfirm', { agency: agency.name, grid: grid.name }), title: t('grids.takeOut'), danger: true };
    if (await confirmThen(ask, () => takeOutM.mutate({ agencyId: agency.id, on: localToday() }), t('grids.takenOut'))) refresh();
  }

  return { manager, grids, withoutGrid, loading, refresh, leaders, liaisonUsers, removeGrid, takeOut };
}
