import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { StarRatingsDocument, StarRatingsXlsxDocument, StarSchemesDocument, StartStarRatingsDocument, type StarRatingFieldsFragment, type StarRatingStatus } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { useFileDownload } from '@/composables/use-file-download';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

export type RatingRow = StarRatingFieldsFragment;
type Tab = 'ratings' | 'figures' | 'scheme';
const TABS: Tab[] = ['ratings', 'figures', 'scheme'];

interface Filters {
  tenantId: string;
  status: StarRatingStatus | '';
  stars: number | '';
}

/**
 * 星级评定's list: one year's ratings as the caller's scope has them (the committee every agency's, an
 * agency its own, a secretary their branch's), paged and filtered; the year from the schemes, the open
 * one first; `?year=` and `?tab=` keep the choice across a visit to a rating's page.
 */
export function useStars() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const committee = computed(() => session.isCommittee);
  const selfAssessor = computed(() => session.canChange(Permission.STARS_SELF));

  const tab = computed<Tab>({
    get: () => (TABS.includes(route.query.tab as Tab) ? (route.query.tab as Tab) : 'ratings'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'ratings' ? undefined : v } }),
  });

  const schemesQ = useQuery(StarSchemesDocument, null, { fetchPolicy: 'cache-and-network' });
  schemesQ.onError(notifyError);
  const schemes = computed(() => schemesQ.result.value?.starSchemes ?? []);
  const schemesLoading = computed(() => schemesQ.loading.value && !schemesQ.result.value);
  // A year the committee has not yet opened is not shown to agencies (the API has no ratings for it either).
  const years = computed(() => schemes.value.filter((s) => committee.value || s.status !== 'DRAFT').map((s) => s.year));
  const chosen = ref<number | null>(Number(route.query.year) || null);
  const year = computed<number | null>({
    get: () => (chosen.value && years.value.includes(chosen.value) ? chosen.value : (schemes.value.find((s) => s.status === 'OPEN')?.year ?? years.value[0] ?? null)),
    set: (v) => {
      chosen.value = v;
      void router.replace({ query: { ...route.query, year: v ? String(v) : undefined } });
    },
  });
  const scheme = computed(() => schemes.value.find((s) => s.year === year.value) ?? null);

  const blank = (): Filters => ({ tenantId: '', status: '', stars: '' });
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  watch(year, () => (page.value = 1));
  const filterVars = () => ({
    year: year.value ?? 0,
    tenantId: applied.value.tenantId || null,
    status: applied.value.status || null,
    stars: applied.value.stars === '' ? null : applied.value.stars,
  });
  const list = useQuery(StarRatingsDocument, () => ({ ...filterVars(), offset: offset.value, limit: pageSize.value }), () => ({ fetchPolicy: 'cache-and-network', enabled: year.value !== null }));
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.starRatings.items ?? []);
  const total = computed(() => list.result.value?.starRatings.total ?? 0);
  const loading = computed(() => list.loading.value || schemesLoading.value);

  function refresh(): void {
    void schemesQ.refetch()?.catch(() => undefined);
    void list.refetch()?.catch(() => undefined);
  }

  const startM = useMutation(StartStarRatingsDocument);
  const starting = computed(() => startM.loading.value);
  /** 开始自评: only while the year's scheme is open. */
  const mayStart = computed(() => selfAssessor.value && scheme.value?.status === 'OPEN');
  async function start(): Promise<void> {
    const y = year.value;
    if (!y || !(await confirmAction(t('stars.startConfirm', { year: y }), t('stars.start'), { confirmText: t('stars.start') }))) return;
    try {
      const r = await startM.mutate({ year: y });
      notifySuccess(t('stars.started', { n: r?.data?.startStarRatings.length ?? 0 }));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  const xlsx = useFileDownload(StarRatingsXlsxDocument, XLSX_TYPE, (d) => d.starRatingsXlsx);
  const exportXlsx = () => xlsx.download(`${t('stars.file')}-${year.value}.xlsx`, filterVars());
  const openRating = (r: RatingRow) => void router.push({ name: 'members-star', params: { id: r.id } });

  return { committee, tab, tabs: TABS, schemes, schemesLoading, years, year, scheme, draft, apply, resetFilters, page, pageSize, rows, total, loading, refresh, mayStart, starting, start, exporting: xlsx.busy, exportXlsx, openRating };
}
