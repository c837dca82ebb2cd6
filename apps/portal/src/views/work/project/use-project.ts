import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { BreakthroughProjectDocument, RequestProjectAcceptanceDocument, SetProjectMilestoneDoneDocument, type ProjectStatus } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localToday } from '@/utils/deadline';
import { i18n } from '@/i18n';

/** The five steps a project goes through; 终止 and 退回 mark the step where they happened. */
export const STEPS = ['apply', 'review', 'implement', 'acceptance', 'closed'] as const;
const STEP_OF: Record<ProjectStatus, number> = { DRAFT: 0, APPLIED: 1, RETURNED: 1, IMPLEMENTING: 2, ACCEPTANCE: 3, CLOSED: 5, TERMINATED: 2 };

/** One breakthrough project: the agency carries it out (milestones, quarterly progress, 申请结项); the committee reviews and accepts it. */
export function useProject() {
  const t = i18n.global.t;
  const route = useRoute();
  const session = useSessionStore();
  const id = computed(() => String(route.params.id ?? ''));
  const applicant = computed(() => session.canChange(Permission.WORK_PROJECTS_APPLY));
  const reviewer = computed(() => session.canChange(Permission.WORK_PROJECTS_REVIEW));

  const query = useQuery(BreakthroughProjectDocument, () => ({ id: id.value }), () => ({ enabled: !!id.value }));
  const project = computed(() => (query.result.value?.breakthroughProject.id === id.value ? query.result.value.breakthroughProject : null));
  const loading = computed(() => !project.value && query.loading.value);
  const error = computed(() => (query.error.value ? describeError(query.error.value) : null));
  const refresh = () => void query.refetch()?.catch(() => undefined);

  const step = computed(() => {
    const p = project.value;
    if (!p) return 0;
    if (p.status === 'TERMINATED') return p.acceptanceRequestedAt ? 3 : 2;
    return STEP_OF[p.status];
  });
  const stepStatus = computed(() => (project.value?.status === 'RETURNED' || project.value?.status === 'TERMINATED' ? 'error' : 'process'));
  const today = localToday();
  const milestones = computed(() => (project.value?.milestones ?? []).map((m) => ({ ...m, overdue: !m.doneOn && m.dueOn < today })));
  const openMilestones = computed(() => milestones.value.filter((m) => !m.doneOn).length);
  const running = computed(() => project.value?.status === 'IMPLEMENTING');

  const setDone = useMutation(SetProjectMilestoneDoneDocument);
  /** Done today, or not done after all (a milestone ticked by mistake). */
  async function toggle(milestoneId: string, done: boolean): Promise<void> {
    try {
      await setDone.mutate({ id: milestoneId, doneOn: done ? localToday() : null });
      notifySuccess(t('work.milestoneSaved'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  const requestM = useMutation(RequestProjectAcceptanceDocument);
  const requestAcceptance = (outcome: string) => requestM.mutate({ id: id.value, input: { outcome } });

  return { id, applicant, reviewer, project, loading, error, refresh, step, stepStatus, milestones, openMilestones, running, toggle, requestAcceptance };
}
