import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { FindingFiguresDocument, RectificationFiguresDocument, RectificationFiguresXlsxDocument, type FindingGrouping, type RectificationGrouping } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { useFileDownload } from '@/composables/use-file-download';
import { localYear } from '@/utils/deadline';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

export const RECT_GROUPINGS: RectificationGrouping[] = ['AGENCY', 'CATEGORY', 'MONTH', 'SOURCE'];
export const FINDING_GROUPINGS: FindingGrouping[] = ['AGENCY', 'CATEGORY', 'SEVERITY'];
const one = (v: unknown) => (typeof v === 'string' ? v : '');
const pick = <T extends string>(list: T[], v: unknown): T => ((list as string[]).includes(one(v)) ? (one(v) as T) : list[0]);

/**
 * 督查统计: the year's rectification figures (closure and on-time rates) and finding figures in the
 * reader's reach (an agency its own), each by a grouping kept in the address, and their .xlsx.
 */
export function useFigures() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const go = (patch: Record<string, string | undefined>) => void router.replace({ query: { ...route.query, ...patch } });
  const year = computed<number>({ get: () => Number(one(route.query.year)) || localYear(), set: (v) => go({ year: String(v) }) });
  const rectGrouping = computed<RectificationGrouping>({ get: () => pick(RECT_GROUPINGS, route.query.by), set: (v) => go({ by: v === 'AGENCY' ? undefined : v }) });
  const findingGrouping = computed<FindingGrouping>({ get: () => pick(FINDING_GROUPINGS, route.query.findingsBy), set: (v) => go({ findingsBy: v === 'AGENCY' ? undefined : v }) });

  const rectQ = useQuery(RectificationFiguresDocument, () => ({ grouping: rectGrouping.value, year: year.value }), { fetchPolicy: 'cache-and-network' });
  const findingQ = useQuery(FindingFiguresDocument, () => ({ grouping: findingGrouping.value, year: year.value }), { fetchPolicy: 'cache-and-network' });
  const problem = (q: typeof rectQ | typeof findingQ) => computed(() => (q.error.value ? describeError(q.error.value).message : null));
  const rect = {
    rows: computed(() => rectQ.result.value?.rectificationFigures ?? []),
    loading: computed(() => rectQ.loading.value && !rectQ.result.value),
    error: problem(rectQ),
  };
  const findings = {
    rows: computed(() => findingQ.result.value?.findingFigures ?? []),
    loading: computed(() => findingQ.loading.value && !findingQ.result.value),
    error: problem(findingQ),
  };
  function refresh(): void {
    void rectQ.refetch()?.catch(() => undefined);
    void findingQ.refetch()?.catch(() => undefined);
  }
  const xlsx = useFileDownload(RectificationFiguresXlsxDocument, XLSX_TYPE, (d) => d.rectificationFiguresXlsx);
  const exporting = xlsx.busy;
  const exportFigures = () => xlsx.download(t('cadence.figuresFile', { year: year.value }), { year: year.value });

  return { year, rectGrouping, findingGrouping, rect, findings, refresh, exporting, exportFigures };
}
