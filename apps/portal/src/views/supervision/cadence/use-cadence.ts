import { computed } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  CadenceReportDocxDocument,
  CadenceReportsDocument,
  HalfYearSweepDocument,
  IssueCadenceReportDocument,
  MonthlyDispatchDocument,
  QuarterlyAnalysisDocument,
  type CadenceContentFieldsFragment,
  type CadenceKind,
} from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { describeError } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { useFileDownload } from '@/composables/use-file-download';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localToday, localYear } from '@/utils/deadline';
import { DOCX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

export type CadenceContent = CadenceContentFieldsFragment;
export const KINDS: CadenceKind[] = ['MONTHLY', 'QUARTERLY', 'HALF_YEAR'];
// How many periods a year has of each kind, and which one today falls in.
const PERIODS: Record<CadenceKind, number> = { MONTHLY: 12, QUARTERLY: 4, HALF_YEAR: 2 };
function currentPeriod(kind: CadenceKind): number {
  const month = Number(localToday().slice(5, 7));
  return kind === 'MONTHLY' ? month : kind === 'QUARTERLY' ? Math.ceil(month / 3) : month <= 6 ? 1 : 2;
}
const one = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * 督查通报: the committee's 每月一调度 / 每季一分析 / 半年一排查 of one period, live until issued (印发)
 * and frozen after, the year's issued papers, and the .docx of either. Kind, year and period live in
 * the address, so an issued row of the list is a link.
 */
export function useCadence() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const issuer = computed(() => session.canChange(Permission.CADENCE_ISSUE));

  const go = (patch: LocationQueryRaw) => void router.replace({ query: { ...route.query, ...patch } });
  const kind = computed<CadenceKind>({
    get: () => (KINDS as string[]).includes(one(route.query.kind)) ? (one(route.query.kind) as CadenceKind) : 'MONTHLY',
    set: (v) => go({ kind: v === 'MONTHLY' ? undefined : v, period: undefined }),
  });
  const year = computed<number>({
    get: () => Number(one(route.query.year)) || localYear(),
    set: (v) => go({ year: String(v), period: undefined }),
  });
  // A period not yet begun has no report (the server refuses it): the latest begun one by default.
  const latest = computed(() => (year.value < localYear() ? PERIODS[kind.value] : year.value === localYear() ? currentPeriod(kind.value) : 0));
  const period = computed<number>({
    get: () => {
      const p = Number(one(route.query.period));
      return p >= 1 && p <= PERIODS[kind.value] ? p : Math.max(latest.value, 1);
    },
    set: (v) => go({ period: String(v) }),
  });
  const periods = computed(() => Array.from({ length: PERIODS[kind.value] }, (_, i) => ({ value: i + 1, disabled: i + 1 > latest.value })));
  const begun = computed(() => period.value <= latest.value);
  function openReport(r: { kind: CadenceKind; year: number; period: number }): void {
    go({ kind: r.kind === 'MONTHLY' ? undefined : r.kind, year: String(r.year), period: String(r.period) });
  }

  // One query a kind, only the shown one enabled.
  const opts = (k: CadenceKind) => () => ({ enabled: kind.value === k && begun.value, fetchPolicy: 'cache-and-network' as const });
  const monthlyQ = useQuery(MonthlyDispatchDocument, () => ({ year: year.value, month: period.value }), opts('MONTHLY'));
  const quarterlyQ = useQuery(QuarterlyAnalysisDocument, () => ({ year: year.value, quarter: period.value }), opts('QUARTERLY'));
  const sweepQ = useQuery(HalfYearSweepDocument, () => ({ year: year.value, half: period.value }), opts('HALF_YEAR'));
  const active = computed(() => (kind.value === 'MONTHLY' ? monthlyQ : kind.value === 'QUARTERLY' ? quarterlyQ : sweepQ));
  const content = computed<CadenceContent | null>(() => {
    const c = kind.value === 'MONTHLY' ? monthlyQ.result.value?.monthlyDispatch : kind.value === 'QUARTERLY' ? quarterlyQ.result.value?.quarterlyAnalysis : sweepQ.result.value?.halfYearSweep;
    // Only the answer for the period asked: a previous period's stays out while the next one loads.
    return c && c.year === year.value && c.period === period.value ? c : null;
  });
  const loading = computed(() => active.value.loading.value);
  const error = computed(() => (active.value.error.value ? describeError(active.value.error.value).message : null));

  const listQ = useQuery(CadenceReportsDocument, () => ({ year: year.value }), { fetchPolicy: 'cache-and-network' });
  listQ.onError(notifyError);
  const issuedList = computed(() => listQ.result.value?.cadenceReports ?? []);
  const listLoading = computed(() => listQ.loading.value);

  function refresh(): void {
    void active.value.refetch()?.catch(() => undefined);
    void listQ.refetch()?.catch(() => undefined);
  }

  const issueM = useMutation(IssueCadenceReportDocument);
  const issuing = computed(() => issueM.loading.value);
  async function issue(): Promise<void> {
    const c = content.value;
    if (!c || c.issued) return;
    if (!(await confirmAction(t('cadence.issueConfirm', { title: c.title }), t('cadence.issue'), { confirmText: t('cadence.issue') }))) return;
    try {
      const done = await issueM.mutate({ kind: c.kind, year: c.year, period: c.period });
      notifySuccess(t('cadence.issuedOk', { number: done?.data?.issueCadenceReport.documentNumber ?? '' }));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  const docx = useFileDownload(CadenceReportDocxDocument, DOCX_TYPE, (d) => d.cadenceReportDocx);
  async function downloadDocx(): Promise<void> {
    const c = content.value;
    if (c) await docx.download(t(c.issued ? 'cadence.docxFile' : 'cadence.draftFile', { title: c.title }), { kind: c.kind, year: c.year, period: c.period });
  }

  return { issuer, kind, year, period, periods, begun, openReport, content, loading, error, issuedList, listLoading, refresh, issue, issuing, downloading: docx.busy, downloadDocx };
}
