import { computed, reactive, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { LIMITS } from '@zeren/shared-rules';
import { ReminderSettingsDocument, UpdateReminderSettingsDocument } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';

/** The committee's reminder settings (系统管理 → 提醒设置): read by its readers, changed by its admin. */
export function useReminders() {
  const { t } = useI18n();
  const session = useSessionStore();
  const { result, loading, error: loadError } = useQuery(ReminderSettingsDocument, null, { fetchPolicy: 'cache-and-network' });
  const settings = computed(() => result.value?.reminderSettings ?? null);
  const form = reactive({ leadDays: 5, onDueDay: true });
  watch(settings, (s) => s && Object.assign(form, { leadDays: s.leadDays, onDueDay: s.onDueDay }), { immediate: true });
  const editable = computed(() => session.canChange(Permission.REMINDER_SETTINGS_MANAGE));
  const error = computed(() => (loadError.value ? describeError(loadError.value).message : null));

  const { mutate, loading: saving } = useMutation(UpdateReminderSettingsDocument);
  async function save(): Promise<void> {
    try {
      await mutate({ input: { leadDays: form.leadDays, onDueDay: form.onDueDay } });
      notifySuccess(t('reminders.saved'));
    } catch (e) {
      notifyError(e);
    }
  }

  return { form, settings, loading, error, editable, saving, save, maxLeadDays: LIMITS.reminderLeadDaysMax };
}
