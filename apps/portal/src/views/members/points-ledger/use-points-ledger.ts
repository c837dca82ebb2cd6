import { computed, ref } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { PointsEntriesDocument, PointsEntriesXlsxDocument, PointsMemberOptionsDocument, PointsRulesDocument, ReversePointsEntryDocument, type PointsEntryStatus } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { useFileDownload } from '@/composables/use-file-download';
import { localToday, localYear } from '@/utils/deadline';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';
import type { EntryRow } from '../points-review/use-points-review';

/** A year, a quarter or a month, as the server's periods name them: 2026, 2026-Q3, 2026-11. */
export const PERIOD_KEY = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

interface LedgerFilters {
  unitId: string;
  memberId: string;
  ruleId: string;
  status: PointsEntryStatus | '';
  periodKey: string;
}

/**
 * 积分台账: the entries in the caller's data scope (the server's: a secretary's branches, the admin's
 * agency), filtered on 查询; the export takes the same filters. An approved entry in error is
 * corrected by a reversing entry with the reason, never edited.
 */
export function usePointsLedger() {
  const t = i18n.global.t;
  const blank = (): LedgerFilters => ({ unitId: '', memberId: '', ruleId: '', status: '', periodKey: String(localYear()) });
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  const variables = () => {
    const f = applied.value;
    return { unitId: f.unitId || null, memberId: f.memberId || null, ruleId: f.ruleId || null, status: f.status || null, periodKey: f.periodKey || null };
  };
  const query = useQuery(PointsEntriesDocument, () => ({ ...variables(), offset: offset.value, limit: pageSize.value }), { fetchPolicy: 'cache-and-network' });
  query.onError(notifyError);
  const rows = computed<EntryRow[]>(() => query.result.value?.pointsEntries.items ?? []);
  const total = computed(() => query.result.value?.pointsEntries.total ?? 0);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);

  // The rule picker offers the rules of the period's year (this year's when no period is set).
  const ruleYear = computed(() => Number((PERIOD_KEY.test(draft.periodKey) ? draft.periodKey : String(localYear())).slice(0, 4)));
  const rulesQ = useQuery(PointsRulesDocument, () => ({ year: ruleYear.value }), { fetchPolicy: 'cache-first' });
  rulesQ.onError(notifyError);
  const ruleOptions = computed(() => (rulesQ.result.value?.pointsRules ?? []).map((r) => ({ value: r.id, label: `${r.category} · ${r.name}` })));

  // Members by name, as typed (the server's data scope again decides whom the list holds).
  const { resolveClient } = useApolloClient();
  const memberOptions = ref<{ value: string; label: string }[]>([]);
  const memberLoading = ref(false);
  async function searchMembers(search: string): Promise<void> {
    memberLoading.value = true;
    try {
      const { data } = await resolveClient().query({ query: PointsMemberOptionsDocument, variables: { search: search.trim() || null, unitId: draft.unitId || null }, fetchPolicy: 'network-only' });
      memberOptions.value = data.partyMembers.items.map((m) => ({ value: m.id, label: m.unit ? `${m.name}(${m.unit.name})` : m.name }));
    } catch (e) {
      notifyError(e);
    } finally {
      memberLoading.value = false;
    }
  }

  const xlsx = useFileDownload(PointsEntriesXlsxDocument, XLSX_TYPE, (d) => d.pointsEntriesXlsx);
  const exporting = xlsx.busy;
  const exportLedger = () => xlsx.download(t('points.ledgerFile', { date: localToday() }), variables());

  const reverseM = useMutation(ReversePointsEntryDocument);
  const reverse = (e: EntryRow, reason: string) => reverseM.mutate({ id: e.id, reason });
  return { draft, apply, resetFilters, page, pageSize, rows, total, loading, refresh, ruleOptions, memberOptions, memberLoading, searchMembers, exporting, exportLedger, reverse };
}
