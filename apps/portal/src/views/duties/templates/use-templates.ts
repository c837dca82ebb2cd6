import { computed, ref, watch } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AddDutyItemDocument,
  DutyTemplateDocument,
  DutyTemplatesDocument,
  IssueMissingDutyListsDocument,
  PostTypesDocument,
  PublishDutyTemplateDocument,
  RemoveDutyItemDocument,
  UpdateDutyItemDocument,
  type DutyItemFieldsFragment,
  type DutySpecInput,
} from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';
import { LEVELS } from '../shared/duty-labels';

export type TemplateItem = DutyItemFieldsFragment;

/** 责任清单模板: the yearly versions, one open with its items by level; the committee's admin edits drafts and publishes. */
export function useTemplates() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.DUTY_TEMPLATES_MANAGE));

  const versionsQuery = useQuery(DutyTemplatesDocument, null, { fetchPolicy: 'cache-and-network' });
  const versions = computed(() => versionsQuery.result.value?.dutyTemplates ?? []);
  const versionsLoading = computed(() => versionsQuery.loading.value && !versionsQuery.result.value);
  const versionsError = computed(() => (versionsQuery.error.value ? describeError(versionsQuery.error.value).message : null));
  const selectedId = ref('');
  // The newest version opens first.
  watch(versions, (list) => {
    if (!list.some((v) => v.id === selectedId.value)) selectedId.value = list[0]?.id ?? '';
  });

  const templateQuery = useQuery(DutyTemplateDocument, () => ({ id: selectedId.value }), () => ({ enabled: !!selectedId.value, fetchPolicy: 'cache-and-network' }));
  templateQuery.onError(notifyError);
  const template = computed(() => (templateQuery.result.value?.dutyTemplate.id === selectedId.value ? templateQuery.result.value.dutyTemplate : null));
  const itemsLoading = computed(() => !!selectedId.value && !template.value && templateQuery.loading.value);
  const draft = computed(() => template.value?.status === 'DRAFT');
  const byLevel = computed(() => LEVELS.map((level) => ({ level, items: (template.value?.items ?? []).filter((i) => i.level === level).sort((a, b) => a.sortOrder - b.sortOrder) })));

  const postsQuery = useQuery(PostTypesDocument, null, { fetchPolicy: 'cache-first' });
  const postOf = (code: string) => postsQuery.result.value?.postTypes.find((p) => p.code === code) ?? null;

  const refresh = () => {
    void versionsQuery.refetch()?.catch(() => undefined);
    void templateQuery.refetch()?.catch(() => undefined);
  };

  const add = useMutation(AddDutyItemDocument);
  const update = useMutation(UpdateDutyItemDocument);
  const remove = useMutation(RemoveDutyItemDocument);
  const publish = useMutation(PublishDutyTemplateDocument);
  const saveItem = (input: DutySpecInput, id: string | null) => (id ? update.mutate({ id, input }) : add.mutate({ templateId: selectedId.value, input }));

  async function removeItem(item: TemplateItem): Promise<void> {
    if (!(await confirmAction(t('duties.removeItemConfirm', { title: item.title }), t('duties.removeItemTitle'), { danger: true }))) return;
    try {
      await remove.mutate({ id: item.id });
      notifySuccess(t('duties.removed'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  async function publishTemplate(): Promise<void> {
    const v = template.value;
    if (!v) return;
    if (!(await confirmAction(t('duties.publishConfirm', { title: v.title, n: v.items.length }), t('duties.publishTitle'), { confirmText: t('duties.publish') }))) return;
    try {
      await publish.mutate({ id: v.id });
      notifySuccess(t('duties.published'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  // Agencies created after the publish have no list of that year until it is issued to them.
  const issue = useMutation(IssueMissingDutyListsDocument);
  async function issueMissing(): Promise<void> {
    const v = template.value;
    if (!v) return;
    try {
      const res = await issue.mutate({ id: v.id });
      const n = res?.data?.issueMissingDutyLists ?? 0;
      notifySuccess(n ? t('duties.issued', { n }) : t('duties.noneToIssue'));
    } catch (e) {
      notifyError(e);
    }
  }

  return { issueMissing, manager, versions, versionsLoading, versionsError, selectedId, template, itemsLoading, draft, byLevel, postOf, saveItem, removeItem, publishTemplate, refresh };
}
