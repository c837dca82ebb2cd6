import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { format } from 'echarts/core';
import { OrgOverviewDocument, type OrgOverviewQuery, type OrgUnitKind } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { useIsPhone } from '@/composables/use-viewport';
import { ALL_AGENCIES, useAgencyPicker } from '@/layout/use-agency-picker';

export const KIND_ORDER: OrgUnitKind[] = ['PARTY_GROUP', 'PARTY_COMMITTEE', 'ORGAN_PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'PARTY_CELL', 'ACTION_BRANCH'];
const TOP_AGENCIES = 12;

export type AgencyRow = OrgOverviewQuery['orgOverview']['byAgency'][number];

// The table's drill-downs: which agencies lack what the brief asks every agency to have.
// What an agency lacks is asked of agencies: the committee's own row (when it keeps organizations) is in 全部 only.
const agency = (r: AgencyRow) => r.tenantKind === 'AGENCY';
export const AGENCY_DRILLS = {
  all: () => true,
  noOrganCommittee: (r: AgencyRow) => agency(r) && !r.hasOrganCommittee,
  noFullTimeDeputy: (r: AgencyRow) => agency(r) && r.hasOrganCommittee && !r.hasFullTimeDeputy,
  noUnits: (r: AgencyRow) => agency(r) && r.units === 0,
} satisfies Record<string, (r: AgencyRow) => boolean>;
export type AgencyDrill = keyof typeof AGENCY_DRILLS;

/** The committee's live figures (the brief's 65 %, 3 329, 32 …) and the units per kind and agency. */
export function useCommitteeOverview() {
  const { t } = useI18n();

  const overview = useQuery(OrgOverviewDocument, null, { fetchPolicy: 'cache-and-network' });
  overview.onError(notifyError);

  const figures = computed(() => overview.result.value?.orgOverview ?? null);
  const loading = computed(() => overview.loading.value && !figures.value);

  const byKind = computed(() => {
    const counts = new Map((figures.value?.unitsByKind ?? []).map((k) => [k.kind, k.count]));
    return KIND_ORDER.map((kind) => ({ kind, label: t(`orgKinds.${kind}`), count: counts.get(kind) ?? 0 }));
  });

  // The gateway counts per agency and lists those with the most units first.
  const byAgency = computed(() =>
    (figures.value?.byAgency ?? []).slice(0, TOP_AGENCIES).map((a) => ({ ...a, kinds: new Map(a.unitsByKind.map((k) => [k.kind, k.count])) })),
  );

  // A phone's charts put the legend under the pie and above the bars, and cut long agency names short.
  const phone = useIsPhone();

  const kindChart = computed(() => ({
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: phone.value ? { bottom: 0, textStyle: { fontSize: 12 } } : { orient: 'vertical', right: 8, top: 'middle', textStyle: { fontSize: 12 } },
    color: ['#c8161d', '#e05a47', '#f08c4f', '#e9b949', '#8c6d46', '#6b7a8f', '#3d7ea6'],
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: phone.value ? ['50%', '42%'] : ['38%', '50%'],
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { show: false },
        data: byKind.value.filter((k) => k.count > 0).map((k) => ({ name: k.label, value: k.count })),
      },
    ],
  }));

  const agencyChart = computed(() => {
    const rows = [...byAgency.value].reverse();
    const kinds = KIND_ORDER.filter((kind) => rows.some((r) => r.kinds.get(kind)));
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number; marker: string; seriesName: string; value: number }[]) => {
          const row = rows[params[0]?.dataIndex ?? -1];
          if (!row) return '';
          const kindLines = params.filter((p) => p.value > 0).map((p) => `${p.marker}${p.seriesName}: ${p.value}`);
          // The tooltip is HTML and agency names are typed in by people.
          return [`<b>${format.encodeHTML(row.tenantName)}</b>`, ...kindLines, t('overview.agencyTooltip', { members: row.members, branches: row.branches })].join('<br/>');
        },
      },
      legend: { top: 0, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: phone.value ? 12 : 24, top: phone.value ? 64 : 36, bottom: 8, containLabel: true },
      color: ['#c8161d', '#e05a47', '#f08c4f', '#e9b949', '#8c6d46', '#6b7a8f', '#3d7ea6'],
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.tenantName),
        axisTick: { show: false },
        ...(phone.value ? { axisLabel: { width: 96, overflow: 'truncate' } } : {}),
      },
      series: kinds.map((kind) => ({
        name: t(`orgKinds.${kind}`),
        type: 'bar',
        stack: 'units',
        barMaxWidth: 22,
        data: rows.map((r) => r.kinds.get(kind) ?? 0),
      })),
    };
  });

  const hasUnits = computed(() => byKind.value.some((k) => k.count > 0));

  // Every agency in view, those without units too (the chart above keeps the top 12).
  const agencies = computed<AgencyRow[]>(() => figures.value?.byAgency ?? []);
  const drill = ref<AgencyDrill>('all');
  const drillCounts = computed(
    () => Object.fromEntries(Object.entries(AGENCY_DRILLS).map(([d, test]) => [d, agencies.value.filter(test).length])) as Record<AgencyDrill, number>,
  );
  const drillRows = computed(() => agencies.value.filter(AGENCY_DRILLS[drill.value]));

  // An agency's org page is the committee's picker set to that agency, as if picked in the top bar.
  const router = useRouter();
  const picker = useAgencyPicker();
  function openAgency(row: AgencyRow): void {
    // The committee's own organizations are in the all-agencies view; the picker lists agencies only.
    picker.selected.value = row.tenantKind === 'AGENCY' ? row.tenantId : ALL_AGENCIES;
    void router.push({ name: 'org-units' });
  }

  function refresh(): void {
    void overview.refetch();
  }

  return { figures, loading, byKind, byAgency, kindChart, agencyChart, hasUnits, drill, drillCounts, drillRows, openAgency, refresh };
}
