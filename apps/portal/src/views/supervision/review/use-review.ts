import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { CloseReviewSessionDocument, OpenReviewReportingDocument, ReviewListedDocument, ReviewSessionDocument, ReviewSummaryDocxDocument, StartReviewRatingDocument, type ReviewSessionStatus } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { useFileDownload } from '@/composables/use-file-download';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { DOCX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

export type ReviewTab = 'participants' | 'groups' | 'comments' | 'results';
const TABS: readonly ReviewTab[] = ['participants', 'groups', 'comments', 'results'];
/** The next step of a session and the mutation that takes it (the server refuses any other order). */
const NEXT: Partial<Record<ReviewSessionStatus, 'open' | 'rate' | 'close'>> = { PLANNED: 'open', REPORTING: 'rate', RATING: 'close' };
/** The most agencies a session lists in the forms that pick one (far above a city's ~100). */
export const LISTED_LIMIT = 200;

/**
 * One year's 述职评议. The committee sees the agencies and their reports, the groups, the leaders'
 * comments and the results, and moves the session on; an agency sees its own report (and result once
 * circulated). The tab lives in the address.
 */
export function useReview() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.REVIEWS_MANAGE));
  // The committee's readers see every agency's figures; an agency has no such permission.
  const committee = computed(() => session.can(Permission.REVIEWS_RATINGS_READ));
  const id = computed(() => String(route.params.id ?? ''));
  const tab = computed<ReviewTab>({
    get: () => (TABS.includes(route.query.tab as ReviewTab) ? (route.query.tab as ReviewTab) : 'participants'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'participants' ? undefined : v } }),
  });

  const query = useQuery(ReviewSessionDocument, () => ({ id: id.value }), () => ({ enabled: !!id.value, fetchPolicy: 'cache-and-network' }));
  query.onError(notifyError);
  const review = computed(() => (query.result.value?.reviewSession.id === id.value ? query.result.value.reviewSession : null));
  const loading = computed(() => query.loading.value);
  // Groups and agencies are arranged until the rating starts (the server's rule too).
  const arranging = computed(() => manager.value && (review.value?.status === 'PLANNED' || review.value?.status === 'REPORTING'));

  // Which participant each agency is, for the forms that pick an agency of the session.
  const listedQ = useQuery(ReviewListedDocument, () => ({ sessionId: id.value, offset: 0, limit: LISTED_LIMIT }), () => ({ enabled: !!id.value && committee.value }));
  const listed = computed(() => listedQ.result.value?.reviewParticipants.items ?? []);
  const refresh = () => {
    void query.refetch()?.catch(() => undefined);
    void listedQ.refetch()?.catch(() => undefined);
  };

  const openM = useMutation(OpenReviewReportingDocument);
  const rateM = useMutation(StartReviewRatingDocument);
  const closeM = useMutation(CloseReviewSessionDocument);
  const next = computed(() => (review.value && manager.value ? (NEXT[review.value.status] ?? null) : null));
  const moving = computed(() => openM.loading.value || rateM.loading.value || closeM.loading.value);
  /** The next step, after a confirmation; true when it was taken (the page then reloads what it shows). */
  async function advance(): Promise<boolean> {
    const r = review.value;
    const step = next.value;
    if (!r || !step) return false;
    if (!(await confirmAction(t(`reviews.moves.${step}.confirm`, { title: r.title }), t(`reviews.moves.${step}.label`), { confirmText: t(`reviews.moves.${step}.label`) }))) return false;
    try {
      await { open: openM, rate: rateM, close: closeM }[step].mutate({ id: r.id });
      notifySuccess(t(`reviews.moves.${step}.done`));
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }

  const docx = useFileDownload(ReviewSummaryDocxDocument, DOCX_TYPE, (d) => d.reviewSummaryDocx);
  async function downloadDocx(): Promise<void> {
    const r = review.value;
    if (r) await docx.download(t('reviews.docxFile', { year: r.year }), { sessionId: r.id });
  }

  return { manager, committee, tab, review, loading, arranging, listed, refresh, next, moving, advance, downloading: docx.busy, downloadDocx };
}
