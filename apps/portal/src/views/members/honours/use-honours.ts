import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  ApproveHonourNominationDocument,
  HonourNominationsDocument,
  HonourNominationsXlsxDocument,
  HonourRoundsDocument,
  PublishHonourRoundDocument,
  RejectHonourNominationDocument,
  type DisciplineKind,
  type HonourCategory,
  type HonourLevel,
  type HonourNominationFieldsFragment,
  type HonourNominationStatus,
  type HonourRoundFieldsFragment,
} from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { useFileDownload } from '@/composables/use-file-download';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localToday } from '@/utils/deadline';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

export type RoundRow = HonourRoundFieldsFragment;
export type NominationRow = HonourNominationFieldsFragment;
export const CATEGORIES: HonourCategory[] = ['MEMBER', 'PARTY_WORKER', 'ORGANISATION'];
export const LEVELS: HonourLevel[] = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL'];
export const NOMINATION_STATUSES: HonourNominationStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED'];
/** The units a 先进基层党组织 may be (the server's BASIC_UNITS): 机关党委, 党总支, 党支部. */
export const BASIC_UNIT_KINDS: readonly string[] = ['ORGAN_PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'];
export const DISCIPLINE_KINDS: DisciplineKind[] = ['WARNING', 'SERIOUS_WARNING', 'REMOVAL_FROM_POST', 'PROBATION'];
export const NOMINATION_TAG: Record<HonourNominationStatus, 'warning' | 'success' | 'danger'> = { SUBMITTED: 'warning', APPROVED: 'success', REJECTED: 'danger' };
type Tab = 'rounds' | 'nominations' | 'figures' | 'outside' | 'discipline';

interface Filters {
  roundId: string;
  tenantId: string;
  category: HonourCategory | '';
  status: HonourNominationStatus | '';
}

/** A round an agency may nominate into today: still open and within its window. */
export const takesNominations = (r: RoundRow, today = localToday()) => r.status === 'OPEN' && r.opensOn <= today && today <= r.closesOn;

/**
 * 表彰: the committee's rounds, the nominations (the committee sees every agency's and reviews them, an
 * agency its own and follows them), the brief's figures; an agency's outside honours and discipline
 * records are tabs of their own. `?tab=` keeps the tab; the to-dos link to nominations.
 */
export function useHonours() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const committee = computed(() => session.isCommittee);
  const manager = computed(() => session.canChange(Permission.HONOUR_MANAGE));
  const nominator = computed(() => session.canChange(Permission.HONOUR_NOMINATE));
  const disciplineKeeper = computed(() => session.can(Permission.DISCIPLINE_MANAGE));
  const tabs = computed<Tab[]>(() => ['rounds', 'nominations', 'figures', ...(committee.value ? [] : (['outside'] as Tab[])), ...(disciplineKeeper.value ? (['discipline'] as Tab[]) : [])]);
  const tab = computed<Tab>({
    get: () => (tabs.value.includes(route.query.tab as Tab) ? (route.query.tab as Tab) : 'rounds'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'rounds' ? undefined : v } }),
  });

  const roundsQ = useQuery(HonourRoundsDocument, () => ({ year: null }), { fetchPolicy: 'cache-and-network' });
  roundsQ.onError(notifyError);
  const rounds = computed(() => roundsQ.result.value?.honourRounds ?? []);
  const roundsLoading = computed(() => roundsQ.loading.value);

  const blank = (): Filters => ({ roundId: '', tenantId: '', category: '', status: '' });
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  const filterVars = () => ({ roundId: applied.value.roundId || null, tenantId: applied.value.tenantId || null, category: applied.value.category || null, status: applied.value.status || null });
  const list = useQuery(HonourNominationsDocument, () => ({ ...filterVars(), offset: offset.value, limit: pageSize.value }), { fetchPolicy: 'cache-and-network' });
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.honourNominations.items ?? []);
  const total = computed(() => list.result.value?.honourNominations.total ?? 0);
  const loading = computed(() => list.loading.value);

  function refresh(): void {
    void roundsQ.refetch()?.catch(() => undefined);
    void list.refetch()?.catch(() => undefined);
  }
  /** The nominations of one round (a round's row links there). */
  function showRound(r: RoundRow): void {
    Object.assign(draft, blank(), { roundId: r.id });
    apply();
    tab.value = 'nominations';
  }

  const xlsx = useFileDownload(HonourNominationsXlsxDocument, XLSX_TYPE, (d) => d.honourNominationsXlsx);
  const exportNominations = () => xlsx.download(t('honours.nominationsFile'), filterVars());

  const publishM = useMutation(PublishHonourRoundDocument);
  async function publish(r: RoundRow): Promise<void> {
    if (!(await confirmAction(t('honours.publishConfirm', { title: r.title }), t('honours.publish'), { confirmText: t('honours.publish') }))) return;
    try {
      await publishM.mutate({ id: r.id });
      notifySuccess(t('honours.published'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }
  const approveM = useMutation(ApproveHonourNominationDocument);
  async function approve(n: NominationRow): Promise<void> {
    const name = n.member?.name ?? n.unit?.name ?? '';
    if (!(await confirmAction(t('honours.approveConfirm', { name, category: t(`honours.categories.${n.category}`) }), t('honours.approve'), { confirmText: t('honours.approve') }))) return;
    try {
      await approveM.mutate({ id: n.id });
      notifySuccess(t('honours.approved'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }
  const rejectM = useMutation(RejectHonourNominationDocument);
  const reject = (n: NominationRow, reason: string) => rejectM.mutate({ id: n.id, reason });

  return { committee, manager, nominator, tabs, tab, rounds, roundsLoading, draft, apply, resetFilters, page, pageSize, rows, total, loading, refresh, showRound, exporting: xlsx.busy, exportNominations, publish, approve, reject };
}
