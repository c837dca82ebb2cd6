import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { FindingCategoriesDocument, InspectionCampaignDocument, RemoveInspectionTeamDocument, UsersDocument, type InspectionCampaignQuery } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';
import { useCampaignMoves } from '../campaigns/use-campaigns';

type Campaign = InspectionCampaignQuery['inspectionCampaign'];
export type TeamRow = Campaign['teams'][number];
export type VisitRow = Campaign['visits'][number];

/**
 * One campaign: its coverage, teams (committee users, the agencies each inspects), visits by agency
 * with the findings recorded on each, and the year's findings list. The tab lives in the address.
 */
export function useCampaign() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.INSPECTIONS_MANAGE));
  const id = computed(() => String(route.params.id ?? ''));
  const tab = computed<'visits' | 'teams' | 'findings'>({
    get: () => (route.query.tab === 'teams' || route.query.tab === 'findings' ? route.query.tab : 'visits'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'visits' ? undefined : v } }),
  });

  const query = useQuery(InspectionCampaignDocument, () => ({ id: id.value }), () => ({ enabled: !!id.value, fetchPolicy: 'cache-and-network' }));
  query.onError(notifyError);
  const campaign = computed(() => (query.result.value?.inspectionCampaign.id === id.value ? query.result.value.inspectionCampaign : null));
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);
  // Visits and findings go on only while the campaign is under way (the server's rule too).
  const recording = computed(() => manager.value && campaign.value?.status === 'UNDERWAY');
  const editable = computed(() => manager.value && !!campaign.value && campaign.value.status !== 'CLOSED');

  // Teams are made of the committee's own users.
  const committeeId = computed(() => session.user?.tenant.id ?? '');
  const usersQ = useQuery(UsersDocument, () => ({ tenantId: committeeId.value, offset: 0, limit: 200 }), () => ({ enabled: manager.value && !!committeeId.value }));
  const staff = computed(() => (usersQ.result.value?.users.items ?? []).filter((u) => !u.disabled));
  const categoriesQ = useQuery(FindingCategoriesDocument, { includeRetired: false });
  const categories = computed(() => categoriesQ.result.value?.findingCategories ?? []);

  const removeTeamM = useMutation(RemoveInspectionTeamDocument);
  async function removeTeam(team: TeamRow): Promise<void> {
    if (!(await confirmAction(t('supervision.removeTeamConfirm', { name: team.name }), t('supervision.remove'), { confirmText: t('supervision.remove'), danger: true }))) return;
    try {
      await removeTeamM.mutate({ id: team.id });
      notifySuccess(t('supervision.teamRemoved'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  return { manager, tab, campaign, loading, refresh, recording, editable, staff, categories, removeTeam, ...useCampaignMoves(refresh) };
}
