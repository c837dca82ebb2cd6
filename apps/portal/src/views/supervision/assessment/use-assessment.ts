import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AssessmentGradeCountsDocument,
  AssessmentResultsDocument,
  AssessmentResultsDocxDocument,
  AssessmentResultsXlsxDocument,
  AssessmentSchemesDocument,
  ComputeAssessmentDocument,
  PublishAssessmentResultsDocument,
  PublishAssessmentSchemeDocument,
  type AssessmentGrade,
  type ResultFieldsFragment,
  type SchemeFieldsFragment,
} from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { useFileDownload } from '@/composables/use-file-download';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localYear } from '@/utils/deadline';
import { DOCX_TYPE, XLSX_TYPE } from '@/utils/download';
import { yearOptions } from '@/views/work/shared/work-labels';
import { i18n } from '@/i18n';

export type ResultRow = ResultFieldsFragment;
export type SchemeRow = SchemeFieldsFragment;
type Tab = 'results' | 'scheme' | 'figures';
const TABS: Tab[] = ['results', 'scheme', 'figures'];

/**
 * 党建考核 of one year (`/supervision/assessment/:year`, the newest scheme's year without one): its
 * scheme, the ranked results and the committee's moves (发布方案 → 计算 → 公布结果). An agency sees
 * only published schemes and its own published result: the server decides, the page shows what comes.
 */
export function useAssessment() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.ASSESSMENTS_MANAGE));
  const committee = computed(() => session.isCommittee);

  const schemesQ = useQuery(AssessmentSchemesDocument, null, { fetchPolicy: 'cache-and-network' });
  schemesQ.onError(notifyError);
  const schemes = computed(() => schemesQ.result.value?.assessmentSchemes ?? []);
  const schemesLoading = computed(() => schemesQ.loading.value && !schemesQ.result.value);

  const routeYear = computed(() => {
    const y = Number(route.params.year);
    return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
  });
  const year = computed<number>({
    // An agency starts on its newest published result (a scheme may be out before its results are).
    get: () => routeYear.value ?? (committee.value ? undefined : schemes.value.find((s) => s.status === 'RESULTS_PUBLISHED')?.year) ?? schemes.value[0]?.year ?? localYear(),
    set: (y) => void router.replace({ name: 'supervision-assessment-year', params: { year: String(y) }, query: route.query }),
  });
  // The committee may draft next year's; an agency picks among the years it was shown.
  const years = computed(() => (committee.value ? yearOptions(localYear(), schemes.value.map((s) => s.year)) : [...new Set([year.value, ...schemes.value.map((s) => s.year)])].sort((a, b) => b - a)));
  const scheme = computed<SchemeRow | null>(() => schemes.value.find((s) => s.year === year.value) ?? null);

  const tab = computed<Tab>({
    get: () => (TABS.includes(route.query.tab as Tab) && committee.value ? (route.query.tab as Tab) : 'results'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'results' ? undefined : v } }),
  });

  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(() => ({ grade: '' as AssessmentGrade | '' }));
  watch(year, () => (page.value = 1));
  const hasResults = computed(() => !!scheme.value?.computedAt);
  const resultsQ = useQuery(
    AssessmentResultsDocument,
    () => ({ year: year.value, grade: applied.value.grade || null, offset: offset.value, limit: pageSize.value }),
    () => ({ enabled: hasResults.value, fetchPolicy: 'cache-and-network' }),
  );
  resultsQ.onError(notifyError);
  const rows = computed(() => (hasResults.value ? (resultsQ.result.value?.assessmentResults.items ?? []) : []));
  const total = computed(() => (hasResults.value ? (resultsQ.result.value?.assessmentResults.total ?? 0) : 0));
  const loading = computed(() => schemesLoading.value || (hasResults.value && resultsQ.loading.value));

  const countsQ = useQuery(AssessmentGradeCountsDocument, () => ({ year: year.value }), () => ({ enabled: hasResults.value && committee.value, fetchPolicy: 'cache-and-network' }));
  countsQ.onError(notifyError);
  const gradeCounts = computed(() => {
    const r = countsQ.result.value;
    return r ? { EXCELLENT: r.excellent.total, GOOD: r.good.total, FAIR: r.fair.total, POOR: r.poor.total } : null;
  });

  function refresh(): void {
    void schemesQ.refetch()?.catch(() => undefined);
    if (hasResults.value) {
      void resultsQ.refetch()?.catch(() => undefined);
      if (committee.value) void countsQ.refetch()?.catch(() => undefined);
    }
  }
  // A computation changes every row: read them again once the scheme says it was computed anew.
  watch(
    () => scheme.value?.computedAt,
    (now, before) => before !== undefined && now !== before && refresh(),
  );

  const publishSchemeM = useMutation(PublishAssessmentSchemeDocument);
  const computeM = useMutation(ComputeAssessmentDocument);
  const publishResultsM = useMutation(PublishAssessmentResultsDocument);
  const computing = computed(() => computeM.loading.value);

  async function run(ask: string, title: string, mutate: () => Promise<unknown>, done: string): Promise<void> {
    if (!(await confirmAction(ask, title, { confirmText: title }))) return;
    try {
      await mutate();
      notifySuccess(done);
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }
  const publishScheme = (s: SchemeRow) => run(t('assessment.publishSchemeConfirm', { title: s.title }), t('assessment.publishScheme'), () => publishSchemeM.mutate({ id: s.id }), t('assessment.schemePublished'));
  const compute = (s: SchemeRow) => run(t('assessment.computeConfirm', { title: s.title, year: s.year }), t('assessment.compute'), () => computeM.mutate({ year: s.year }), t('assessment.computed', { year: s.year }));
  const publishResults = (s: SchemeRow) => run(t('assessment.publishResultsConfirm', { year: s.year }), t('assessment.publishResults'), () => publishResultsM.mutate({ year: s.year }), t('assessment.resultsPublished'));
  const xlsx = useFileDownload(AssessmentResultsXlsxDocument, XLSX_TYPE, (d) => d.assessmentResultsXlsx);
  const exporting = xlsx.busy;
  const exportResults = () => xlsx.download(t('assessment.resultsFile', { year: year.value }), { year: year.value });
  const docx = useFileDownload(AssessmentResultsDocxDocument, DOCX_TYPE, (d) => d.assessmentResultsDocx);
  const printing = docx.busy;
  const printResults = () => docx.download(t('assessment.noticeFile', { year: year.value }), { year: year.value });

  return {
    manager, committee, schemesLoading, year, years, scheme, tab, draft, apply, resetFilters, page, pageSize, rows, total, loading, hasResults, gradeCounts,
    refresh, publishScheme, compute, computing, publishResults, exporting, exportResults, printing, printResults,
  };
}
