import { computed, watch } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AccountabilityMeasureDocument,
  AccountabilityMeasuresDocument,
  DisqualificationFiguresDocument,
  ProposeAccountabilityMeasuresDocument,
  type AccountabilityMeasureKind,
  type AccountabilityMeasureStatus,
  type MeasureFieldsFragment,
} from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localYear } from '@/utils/deadline';
import { i18n } from '@/i18n';
import { MEASURE_STATUSES } from '../shared/assessment-labels';

export type MeasureRow = MeasureFieldsFragment;
type Tab = 'measures' | 'disqualified' | 'rules';
const TABS: Tab[] = ['measures', 'disqualified', 'rules'];

interface MeasureFilters {
  year: number | '';
  status: AccountabilityMeasureStatus | '';
  kind: AccountabilityMeasureKind | '';
  tenantId: string;
}
const one = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * 考评问责: the measures the rules proposed from a year's results (the committee confirms or dismisses
 * them), the 取消评先 figures the brief counts, and the rules. An agency reads its confirmed measures.
 * `?status=PROPOSED` (the committee's to-do) filters; `/supervision/accountability/ID` opens one.
 */
export function useAccountability() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.ACCOUNTABILITY_MANAGE));
  const committee = computed(() => session.isCommittee);
  const go = (patch: LocationQueryRaw) => void router.replace({ query: { ...route.query, ...patch } });
  const tab = computed<Tab>({
    get: () => (committee.value && TABS.includes(route.query.tab as Tab) ? (route.query.tab as Tab) : 'measures'),
    set: (v) => go({ tab: v === 'measures' ? undefined : v }),
  });

  const blank = (): MeasureFilters => ({ year: localYear(), status: '', kind: '', tenantId: '' });
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  watch(
    () => one(route.query.status),
    (status) => {
      const known = (MEASURE_STATUSES as string[]).includes(status) ? (status as AccountabilityMeasureStatus) : '';
      if (known === applied.value.status) return;
      Object.assign(draft, blank(), { status: known });
      apply();
    },
    { immediate: true },
  );
  function applyFilters(): void {
    apply();
    go({ status: draft.status || undefined });
  }
  function reset(): void {
    resetFilters();
    go({ status: undefined });
  }

  const list = useQuery(
    AccountabilityMeasuresDocument,
    () => ({ year: applied.value.year || null, status: applied.value.status || null, kind: applied.value.kind || null, tenantId: applied.value.tenantId || null, offset: offset.value, limit: pageSize.value }),
    { fetchPolicy: 'cache-and-network' },
  );
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.accountabilityMeasures.items ?? []);
  const total = computed(() => list.result.value?.accountabilityMeasures.total ?? 0);
  const loading = computed(() => list.loading.value);

  // The brief's figure: this year and the two before, each year and in all.
  const figuresQ = useQuery(DisqualificationFiguresDocument, () => ({ until: localYear(), years: 3 }), () => ({ enabled: committee.value, fetchPolicy: 'cache-and-network' }));
  figuresQ.onError(notifyError);
  const figures = computed(() => figuresQ.result.value?.disqualificationFigures ?? null);

  // A to-do's link: that measure, wherever it is in the list.
  const linked = computed(() => one(route.params.id));
  const linkedQ = useQuery(AccountabilityMeasureDocument, () => ({ id: linked.value }), () => ({ enabled: !!linked.value, fetchPolicy: 'network-only' }));
  linkedQ.onError(notifyError);
  const linkedItem = computed(() => (linkedQ.result.value?.accountabilityMeasure.id === linked.value ? linkedQ.result.value.accountabilityMeasure : null));
  const openItem = (id: string) => void router.replace({ name: 'supervision-accountability-measure', params: { id }, query: route.query });
  const unlink = () => linked.value && void router.replace({ name: 'supervision-accountability', query: route.query });

  function refresh(): void {
    void list.refetch()?.catch(() => undefined);
    if (committee.value) void figuresQ.refetch()?.catch(() => undefined);
    if (linked.value) void linkedQ.refetch()?.catch(() => undefined);
  }

  const proposeM = useMutation(ProposeAccountabilityMeasuresDocument);
  async function propose(year: number): Promise<void> {
    if (!(await confirmAction(t('assessment.proposeConfirm', { year }), t('assessment.propose'), { confirmText: t('assessment.propose') }))) return;
    try {
      const r = (await proposeM.mutate({ year }))?.data?.proposeAccountabilityMeasures;
      notifySuccess(t('assessment.proposed', { proposed: r?.proposed ?? 0, decided: r?.decided ?? 0 }));
      Object.assign(draft, blank(), { year, status: 'PROPOSED' });
      applyFilters();
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  return { manager, committee, tab, draft, applyFilters, reset, page, pageSize, rows, total, loading, figures, figuresLoading: computed(() => figuresQ.loading.value && !figuresQ.result.value), linkedItem, openItem, unlink, refresh, propose, proposing: computed(() => proposeM.loading.value) };
}
