import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { CloseInspectionCampaignDocument, InspectionCampaignsDocument, StartInspectionCampaignDocument, type CampaignFieldsFragment } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';

export type CampaignRow = CampaignFieldsFragment;

/** 开始 and 结束 of a campaign, after a confirmation; shared by the list and the campaign's page. */
export function useCampaignMoves(done: () => void) {
  const t = i18n.global.t;
  const startM = useMutation(StartInspectionCampaignDocument);
  const closeM = useMutation(CloseInspectionCampaignDocument);
  async function move(c: CampaignRow, to: 'start' | 'close'): Promise<void> {
    const ask = to === 'start' ? t('supervision.startConfirm', { title: c.title }) : t('supervision.closeConfirm', { title: c.title });
    if (!(await confirmAction(ask, to === 'start' ? t('supervision.start') : t('supervision.close'), { confirmText: to === 'start' ? t('supervision.start') : t('supervision.close') }))) return;
    try {
      await (to === 'start' ? startM : closeM).mutate({ id: c.id });
      notifySuccess(to === 'start' ? t('supervision.started') : t('supervision.closed'));
      done();
    } catch (e) {
      notifyError(e);
    }
  }
  return { start: (c: CampaignRow) => move(c, 'start'), close: (c: CampaignRow) => move(c, 'close') };
}

/** 党务督查: the years' campaigns with their coverage, and (a tab) the finding categories. */
export function useCampaigns() {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.INSPECTIONS_MANAGE));
  const tab = computed<'campaigns' | 'categories'>({
    get: () => (route.query.tab === 'categories' ? 'categories' : 'campaigns'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'categories' ? v : undefined } }),
  });
  const query = useQuery(InspectionCampaignsDocument, null, { fetchPolicy: 'cache-and-network' });
  query.onError(notifyError);
  const campaigns = computed(() => query.result.value?.inspectionCampaigns ?? []);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);
  const moves = useCampaignMoves(refresh);
  return { manager, tab, campaigns, loading, refresh, ...moves };
}
