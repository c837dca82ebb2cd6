import { computed, ref, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { PointsRankingDocument, PointsRankingXlsxDocument } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { useFileDownload } from '@/composables/use-file-download';
import { useIsPhone } from '@/composables/use-viewport';
import { useSessionStore } from '@/stores/session';
import { localToday } from '@/utils/deadline';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

export type Cadence = 'YEAR' | 'QUARTER' | 'MONTH';
export type RankScope = 'AGENCY' | 'BRANCH' | 'GROUP';
const TOP_BARS = 10;

/** The periods offered for a cadence: this year's and last year's, latest first, none in the future. */
export function periodKeys(cadence: Cadence, today = localToday()): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (cadence === 'YEAR') return [String(year), String(year - 1)];
  if (cadence === 'QUARTER') {
    const q = Math.ceil(month / 3);
    return Array.from({ length: q + 4 }, (_, i) => (i < q ? `${year}-Q${q - i}` : `${year - 1}-Q${4 - (i - q)}`));
  }
  return Array.from({ length: month + 12 }, (_, i) => {
    const m = month - i;
    return m > 0 ? `${year}-${String(m).padStart(2, '0')}` : `${year - 1}-${String(m + 12).padStart(2, '0')}`;
  });
}

/**
 * 积分排行: one agency's members by approved points in a month, quarter or year, in the whole agency
 * or narrowed to a branch or a 党小组 (the server ranks within it); a bar chart of the top ones, the
 * participation rate, and the ranking as .xlsx. The committee ranks the agency it is viewing.
 */
export function usePointsRanking() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const phone = useIsPhone();
  const needsAgency = computed(() => session.isCommittee && !session.narrowed);
  const cadence = ref<Cadence>('YEAR');
  const periodKey = ref(periodKeys('YEAR')[0]);
  watch(cadence, (c) => (periodKey.value = periodKeys(c)[0]));
  const periods = computed(() => periodKeys(cadence.value));
  const scope = ref<RankScope>('AGENCY');
  const unitId = ref('');
  watch(scope, () => (unitId.value = ''));
  // A branch or group scope ranks once the unit is chosen; the whole agency at once.
  const ready = computed(() => !needsAgency.value && (scope.value === 'AGENCY' || !!unitId.value));
  const filters = computed(() => ({ periodKey: periodKey.value, unitId: scope.value === 'AGENCY' ? null : unitId.value || null }));

  const { page, pageSize, offset } = usePaging(filters);
  const query = useQuery(PointsRankingDocument, () => ({ ...filters.value, offset: offset.value, limit: pageSize.value }), () => ({ enabled: ready.value, fetchPolicy: 'cache-and-network' }));
  query.onError(notifyError);
  const topQ = useQuery(PointsRankingDocument, () => ({ ...filters.value, offset: 0, limit: TOP_BARS }), () => ({ enabled: ready.value, fetchPolicy: 'cache-and-network' }));
  topQ.onError(notifyError);
  const ranking = computed(() => (ready.value ? (query.result.value?.pointsRanking ?? null) : null));
  const rows = computed(() => ranking.value?.items ?? []);
  const total = computed(() => ranking.value?.total ?? 0);
  const participation = computed(() => (ready.value ? (query.result.value?.pointsParticipation ?? null) : null));
  const loading = computed(() => query.loading.value);
  const top = computed(() => (ready.value ? (topQ.result.value?.pointsRanking.items ?? []) : []));
  const refresh = () => {
    void query.refetch()?.catch(() => undefined);
    void topQ.refetch()?.catch(() => undefined);
  };

  const chart = computed(() => {
    const bars = [...top.value].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: phone.value ? 12 : 24, top: 12, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: bars.map((r) => `${r.rank}. ${r.member?.name ?? ''}`), axisTick: { show: false } },
      series: [{ name: t('points.points'), type: 'bar', barMaxWidth: 18, itemStyle: { color: '#c8161d' }, label: { show: true, position: 'right' }, data: bars.map((r) => r.points) }],
    };
  });

  const xlsx = useFileDownload(PointsRankingXlsxDocument, XLSX_TYPE, (d) => d.pointsRankingXlsx);
  const exporting = xlsx.busy;
  const exportRanking = () => xlsx.download(t('points.rankingFile', { period: periodKey.value }), filters.value);
  return { needsAgency, cadence, periodKey, periods, scope, unitId, ready, page, pageSize, ranking, rows, total, participation, loading, top, chart, refresh, exporting, exportRanking };
}
