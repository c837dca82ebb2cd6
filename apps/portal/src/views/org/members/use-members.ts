import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { PartyMembersDocument, type MemberStatus, type PartyMembersQuery } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';
import { useUnitOptions } from '../shared/use-unit-options';

export type MemberRow = PartyMembersQuery['partyMembers']['items'][number];

export function useMembers() {
  const session = useSessionStore();
  const writer = computed(() => session.canChange(Permission.ORG_MEMBERS_MANAGE));
  // Across agencies a unit name like 机关第一党支部 is ambiguous: the committee also sees the agency.
  const showTenant = computed(() => session.isCommittee && !session.viewTenantId);
  const { nameOf: tenantName } = useTenants();
  // `writable`: the caller's scope reaches the member's unit (own tenant; a secretary's branches).
  const canEdit = (row: MemberRow) => writer.value && row.unit.writable && row.status === 'ACTIVE';

  // The filter lists every unit in view; a new member or a transfer goes only where the caller may write.
  const units = useUnitOptions(writer, undefined, (u) => u.writable);
  const filterUnits = useUnitOptions(true);

  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(() => ({ search: '', unitId: '', status: 'ACTIVE' as MemberStatus | '' }));
  const list = useQuery(PartyMembersDocument, () => ({
    search: applied.value.search.trim() || null,
    unitId: applied.value.unitId || null,
    status: applied.value.status || null,
    includeDescendants: true,
    offset: offset.value,
    limit: pageSize.value,
  }));
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.partyMembers.items ?? []);
  const total = computed(() => list.result.value?.partyMembers.total ?? 0);
  // A new member starts in the unit the list is filtered to, when that is one of the caller's own.
  const newMemberUnitId = computed(() => (units.units.value.some((u) => u.id === applied.value.unitId) ? applied.value.unitId : ''));

  return {
    writer,
    isCommittee: computed(() => session.isCommittee),
    showTenant,
    tenantName,
    canEdit,
    unitOptions: units.options,
    filterUnitOptions: filterUnits.options,
    newMemberUnitId,
    draft,
    apply,
    resetFilters,
    rows,
    total,
    loading: list.loading,
    page,
    pageSize,
    refresh: () => list.refetch(),
  };
}
