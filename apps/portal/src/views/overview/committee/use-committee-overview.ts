import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '@vue/apollo-composable';
import { OrgOverviewDocument, UnitsByAgencyDocument, type OrgUnitKind } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { useTenants } from '@/composables/use-tenants';

export const KIND_ORDER: OrgUnitKind[] = ['PARTY_GROUP', 'PARTY_COMMITTEE', 'ORGAN_PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'PARTY_CELL', 'ACTION_BRANCH'];
// The deepest level the gateway allows; the whole tree is needed to count units per agency.
const MAX_DEPTH = 7;
const TOP_AGENCIES = 12;

/** The committee's live figures (the brief's 65 %, 3 329, 32 …) and the units per kind and agency. */
export function useCommitteeOverview() {
  const { t } = useI18n();
  const { nameOf } = useTenants();

  const overview = useQuery(OrgOverviewDocument, null, { fetchPolicy: 'cache-and-network' });
  overview.onError(notifyError);
  const units = useQuery(UnitsByAgencyDocument, { depth: MAX_DEPTH }, { fetchPolicy: 'cache-and-network' });
  units.onError(notifyError);

  const figures = computed(() => overview.result.value?.orgOverview ?? null);
  const loading = computed(() => overview.loading.value && !figures.value);

  const byKind = computed(() => {
    const counts = new Map((figures.value?.unitsByKind ?? []).map((k) => [k.kind, k.count]));
    return KIND_ORDER.map((kind) => ({ kind, label: t(`orgKinds.${kind}`), count: counts.get(kind) ?? 0 }));
  });

  // Agencies with the most units first; the rest are summed up as "其他".
  const byAgency = computed(() => {
    const perTenant = new Map<string, Map<OrgUnitKind, number>>();
    for (const u of units.result.value?.orgTree ?? []) {
      const kinds = perTenant.get(u.tenantId) ?? new Map<OrgUnitKind, number>();
      kinds.set(u.kind, (kinds.get(u.kind) ?? 0) + 1);
      perTenant.set(u.tenantId, kinds);
    }
    const rows = [...perTenant.entries()]
      .map(([tenantId, kinds]) => ({ tenantId, name: nameOf(tenantId), kinds, total: [...kinds.values()].reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.total - a.total);
    return rows.slice(0, TOP_AGENCIES);
  });

  const kindChart = computed(() => ({
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { orient: 'vertical', right: 8, top: 'middle', textStyle: { fontSize: 12 } },
    color: ['#c8161d', '#e05a47', '#f08c4f', '#e9b949', '#8c6d46', '#6b7a8f', '#3d7ea6'],
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['38%', '50%'],
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
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      color: ['#c8161d', '#e05a47', '#f08c4f', '#e9b949', '#8c6d46', '#6b7a8f', '#3d7ea6'],
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => r.name), axisTick: { show: false } },
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

  function refresh(): void {
    void overview.refetch();
    void units.refetch();
  }

  return { figures, loading, byKind, byAgency, kindChart, agencyChart, hasUnits, unitsLoading: units.loading, refresh };
}
