import { computed, reactive, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { RateReviewParticipantsDocument, ReviewSessionDocument, ReviewSheetDocument } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { i18n } from '@/i18n';

/**
 * A reviewer's 评议表: one group of the session at a time (the group in the address, the first by
 * default), each agency with the grade this reviewer gave it, changed on the sheet and saved as one.
 * Saving again replaces the reviewer's grades; the others' are never shown here.
 */
export function useReviewSheet() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const id = computed(() => String(route.params.id ?? ''));
  const sessionQ = useQuery(ReviewSessionDocument, () => ({ id: id.value }), () => ({ enabled: !!id.value, fetchPolicy: 'cache-and-network' }));
  sessionQ.onError(notifyError);
  const review = computed(() => (sessionQ.result.value?.reviewSession.id === id.value ? sessionQ.result.value.reviewSession : null));
  const groups = computed(() => (review.value?.groups ?? []).filter((g) => g.participantCount > 0));
  const groupId = computed<string>({
    get: () => (typeof route.query.group === 'string' && groups.value.some((g) => g.id === route.query.group) ? route.query.group : (groups.value[0]?.id ?? '')),
    set: (v) => void router.replace({ query: { ...route.query, group: v } }),
  });
  const group = computed(() => groups.value.find((g) => g.id === groupId.value) ?? null);
  const open = computed(() => !!review.value && review.value.amReviewer && review.value.status === 'RATING');

  const sheetQ = useQuery(ReviewSheetDocument, () => ({ sessionId: id.value, groupId: groupId.value }), () => ({ enabled: !!id.value && !!groupId.value, fetchPolicy: 'network-only' }));
  sheetQ.onError(notifyError);
  const rows = computed(() => (sheetQ.result.value?.reviewParticipants.items ?? []).slice().sort((a, b) => (a.tenant?.name ?? '').localeCompare(b.tenant?.name ?? '', 'zh-CN')));
  const loading = computed(() => sheetQ.loading.value || sessionQ.loading.value);
  // The sheet as ticked: what the server holds for this reviewer, then the reviewer's changes.
  const draft = reactive<Record<string, string>>({});
  watch(
    rows,
    (list) => {
      for (const key of Object.keys(draft)) delete draft[key];
      for (const r of list) if (r.myRating) draft[r.id] = r.myRating;
    },
    { immediate: true },
  );
  const ticked = computed(() => rows.value.filter((r) => draft[r.id]).length);
  const changed = computed(() => rows.value.filter((r) => (draft[r.id] ?? null) !== (r.myRating ?? null)).length);
  const nextGroup = computed(() => {
    const i = groups.value.findIndex((g) => g.id === groupId.value);
    return i >= 0 ? (groups.value[i + 1] ?? null) : null;
  });

  const rateM = useMutation(RateReviewParticipantsDocument);
  async function save(): Promise<boolean> {
    const ratings = rows.value.filter((r) => draft[r.id]).map((r) => ({ participantId: r.id, code: draft[r.id] }));
    if (ratings.length === 0) {
      notifyError(new Error(t('reviews.sheetNothing')));
      return false;
    }
    const left = rows.value.length - ratings.length;
    if (left > 0 && !(await confirmAction(t('reviews.sheetPartial', { n: left }), t('reviews.sheetSave'), { confirmText: t('reviews.sheetSave') }))) return false;
    try {
      await rateM.mutate({ input: { ratings } });
      notifySuccess(t('reviews.sheetSaved', { n: ratings.length }));
      await sheetQ.refetch();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }
  /** Ticks one grade for every agency not yet ticked (the usual start: most agencies get the same). */
  function fillRest(code: string): void {
    for (const r of rows.value) if (!draft[r.id]) draft[r.id] = code;
  }

  return { review, groups, groupId, group, open, rows, loading, draft, ticked, changed, nextGroup, saving: computed(() => rateM.loading.value), save, fillRest };
}
