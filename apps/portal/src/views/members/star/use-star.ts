import { computed, reactive, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AnswerStarObjectionDocument,
  ConfirmStarRatingDocument,
  NameStarRatingDocument,
  ObjectToStarRatingDocument,
  PartyReviewStarRatingDocument,
  PublicizeStarRatingDocument,
  ReturnStarPartyReviewDocument,
  ReturnStarSelfAssessmentDocument,
  SaveStarSelfAssessmentDocument,
  StarRatingDocument,
  SubmitStarSelfAssessmentDocument,
  type StarRatingDetailFieldsFragment,
} from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';
import { starName } from '../stars/star-labels';

export type Rating = StarRatingDetailFieldsFragment;
/** Which side edits the scores now: the branch (自评中), the 党委 (已自评), or nobody. */
export type Editing = 'self' | 'party' | null;
export interface ScoreDraft {
  score: number | null;
  reason: string;
}

/**
 * A rating's page: the scores with where each came from, and the one step the caller may take now.
 * The branch edits its scores while 自评中 (a score off the prefill needs a reason), the 党委 its own
 * while 已自评 (off the branch's, a reason); the committee confirms, returns, publicizes, answers and
 * names; anyone in the agency may object while it is publicized. The server decides; the page only
 * offers what the status and the caller's permissions allow.
 */
export function useStar() {
  const t = i18n.global.t;
  const route = useRoute();
  const session = useSessionStore();
  const id = computed(() => String(route.params.id));
  const q = useQuery(StarRatingDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  q.onError(notifyError);
  const rating = computed(() => q.result.value?.starRating ?? null);
  const loading = computed(() => q.loading.value);
  const refresh = () => void q.refetch()?.catch(() => undefined);

  const may = (p: Permission) => session.canChange(p);
  const status = computed(() => rating.value?.status ?? null);
  const editing = computed<Editing>(() => (status.value === 'DRAFT' && may(Permission.STARS_SELF) ? 'self' : status.value === 'SELF_SUBMITTED' && may(Permission.STARS_PARTY) ? 'party' : null));
  const committeeSide = computed(() => may(Permission.STARS_COMMITTEE));
  const mayObject = computed(() => status.value === 'PUBLICIZED' && may(Permission.STARS_OBJECT));

  // The form follows the rating as the server last returned it (after every save or step).
  const drafts = reactive<Record<string, ScoreDraft>>({});
  const satisfaction = ref<number | null>(null);
  const innovationProject = ref('');
  function fill(r: Rating | null, side: Editing): void {
    for (const key of Object.keys(drafts)) delete drafts[key];
    if (!r) return;
    for (const s of r.scores) {
      drafts[s.key] =
        side === 'party' ? { score: s.partyScore ?? s.selfScore, reason: s.partyReason ?? '' } : { score: s.selfScore ?? s.prefilled, reason: s.selfReason ?? '' };
    }
    satisfaction.value = r.satisfaction ?? null;
    innovationProject.value = r.innovationProject ?? '';
  }
  watch([rating, editing], ([r, side]) => fill(r, side), { immediate: true });

  /** The score a reason is asked against: the prefill for the branch, the branch's for the 党委. */
  function baseline(key: string): number | null {
    const s = rating.value?.scores.find((x) => x.key === key);
    if (!s) return null;
    return editing.value === 'party' ? s.selfScore : s.prefilled;
  }
  const needsReason = (key: string) => {
    const base = baseline(key);
    const given = drafts[key]?.score;
    return base !== null && given !== null && given !== undefined && given !== base;
  };
  const input = () => ({
    scores: Object.entries(drafts)
      .filter(([, d]) => d.score !== null)
      .map(([key, d]) => ({ key, score: d.score as number, reason: needsReason(key) ? d.reason.trim() || null : null })),
    satisfaction: satisfaction.value,
    innovationProject: innovationProject.value.trim() || null,
  });

  const busy = ref(false);
  /** Runs one step; true when it went through. The page refreshes from the answer (the documents return the rating). */
  async function step(act: () => Promise<unknown>, done: string, ask?: { message: string; title: string }): Promise<boolean> {
    if (ask && !(await confirmAction(ask.message, ask.title, { confirmText: ask.title }))) return false;
    busy.value = true;
    try {
      await act();
      notifySuccess(done);
      refresh();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    } finally {
      busy.value = false;
    }
  }
  const branch = () => rating.value?.unit?.name ?? '';
  const starsText = () => starName(rating.value?.stars);

  const saveM = useMutation(SaveStarSelfAssessmentDocument);
  const submitM = useMutation(SubmitStarSelfAssessmentDocument);
  const partyM = useMutation(PartyReviewStarRatingDocument);
  const returnSelfM = useMutation(ReturnStarSelfAssessmentDocument);
  const confirmM = useMutation(ConfirmStarRatingDocument);
  const returnPartyM = useMutation(ReturnStarPartyReviewDocument);
  const publicizeM = useMutation(PublicizeStarRatingDocument);
  const nameM = useMutation(NameStarRatingDocument);
  const objectM = useMutation(ObjectToStarRatingDocument);
  const answerM = useMutation(AnswerStarObjectionDocument);

  const save = () => step(() => saveM.mutate({ id: id.value, input: input() }), t('stars.saved'));
  // 提交 saves what is on screen first, so nothing typed is lost and the server checks it whole.
  const submit = () =>
    step(
      async () => {
        await saveM.mutate({ id: id.value, input: input() });
        await submitM.mutate({ id: id.value });
      },
      t('stars.submitted'),
      { message: t('stars.submitConfirm'), title: t('stars.submit') },
    );
  const partyReview = () => step(() => partyM.mutate({ id: id.value, input: input() }), t('stars.partyReviewed'), { message: t('stars.partyReviewConfirm'), title: t('stars.partyReview') });
  const confirm = () => step(() => confirmM.mutate({ id: id.value }), t('stars.confirmed'), { message: t('stars.confirmConfirm', { branch: branch(), stars: starsText() }), title: t('stars.confirm') });
  const name = () => step(() => nameM.mutate({ id: id.value }), t('stars.nameDone'), { message: t('stars.nameConfirm', { branch: branch(), stars: starsText() }), title: t('stars.name') });
  // The dialogs' saves: they show their own refusals beside the field and refresh on success.
  const returnSelf = (text: string) => returnSelfM.mutate({ id: id.value, input: { text } });
  const returnParty = (text: string) => returnPartyM.mutate({ id: id.value, input: { text } });
  const publicize = (until: string) => publicizeM.mutate({ id: id.value, input: { until } });
  const object = (text: string) => objectM.mutate({ id: id.value, text });
  const answer = (objectionId: string, text: string) => answerM.mutate({ id: objectionId, text });

  return { id, rating, loading, refresh, editing, committeeSide, mayObject, drafts, satisfaction, innovationProject, baseline, needsReason, busy, save, submit, partyReview, confirm, name, returnSelf, returnParty, publicize, object, answer };
}
