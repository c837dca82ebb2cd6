import { computed, ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { DutyCompletionDocument, type CompletionGrouping, type DutyCompletionQuery } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { useIsPhone } from '@/composables/use-viewport';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';
import { i18n } from '@/i18n';

export type CompletionRow = DutyCompletionQuery['dutyCompletion'][number];
export const AGENCY_GROUPINGS: CompletionGrouping[] = ['DUTY', 'POST', 'LEVEL', 'CLASS', 'UNIT', 'PERSON'];
const TOP_BARS = 15;

/**
 * 完成情况: the committee ranks every agency (AGENCY) and drills into one; an agency (or the committee
 * narrowed to one by the picker) sees its own figures by duty, post, level, class, unit or person.
 */
export function useBoard() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const { nameOf } = useTenants();
  // The agency drilled into from the ranking (the committee), else the picker's, else one's own (null).
  const drilled = ref<string | null>(null);
  const tenantId = computed(() => drilled.value ?? session.viewTenantId ?? null);
  const ranking = computed(() => session.isCommittee && !tenantId.value);
  const grouping = ref<CompletionGrouping>('DUTY');

  const query = useQuery(DutyCompletionDocument, () => (ranking.value ? { grouping: 'AGENCY' as const } : { grouping: grouping.value, tenantId: tenantId.value }), {
    fetchPolicy: 'cache-and-network',
  });
  const rows = computed(() => query.result.value?.dutyCompletion ?? []);
  // Ranked by completion rate, best first; nothing due yet ranks last.
  const ranked = computed(() => (ranking.value ? [...rows.value].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.done - a.done) : rows.value));
  const loading = computed(() => query.loading.value && !query.result.value);
  const error = computed(() => (query.error.value ? describeError(query.error.value).message : null));
  const totals = computed(() => {
    const sum = (k: 'due' | 'done' | 'onTime' | 'late' | 'overdue' | 'accepted' | 'returned') => rows.value.reduce((n, r) => n + r[k], 0);
    const due = sum('due');
    return { due, done: sum('done'), onTime: sum('onTime'), late: sum('late'), overdue: sum('overdue'), accepted: sum('accepted'), returned: sum('returned'), rate: due ? sum('done') / due : null };
  });

  const phone = useIsPhone();
  const chart = computed(() => {
    const top = ranked.value.slice(0, TOP_BARS).reverse();
    const series = (['onTime', 'late', 'overdue'] as const).map((k, i) => ({
      name: t(`duties.fig.${k}`),
      type: 'bar',
      stack: 'due',
      barMaxWidth: 20,
      itemStyle: { color: ['#2e7d32', '#e9b949', '#c8161d'][i] },
      data: top.map((r) => r[k]),
    }));
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: phone.value ? 12 : 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map((r) => r.label), axisTick: { show: false }, ...(phone.value ? { axisLabel: { width: 96, overflow: 'truncate' } } : {}) },
      series,
    };
  });

  return {
    isCommittee: computed(() => session.isCommittee),
    drilled,
    tenantId,
    tenantName: computed(() => (tenantId.value ? nameOf(tenantId.value) : '')),
    ranking,
    grouping,
    rows: ranked,
    totals,
    chart,
    loading,
    error,
    refresh: () => void query.refetch()?.catch(() => undefined),
  };
}
