import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation } from '@vue/apollo-composable';
import type { FormInstance, FormRules } from 'element-plus';
import { ChangePasswordDocument } from '@/gql/graphql';
import { issuesByField } from '@/api/errors';
import { notifyError } from '@/api/notify';
import { useSessionStore } from '@/stores/session';
import { strongPasswordRule } from '@/utils/form-rules';

export function useAccount() {
  const { t } = useI18n();
  const session = useSessionStore();
  const formRef = useTemplateRef<FormInstance>('accountForm');
  const form = reactive({ currentPassword: '', newPassword: '', repeat: '' });
  const fieldErrors = ref<Record<string, string>>({});

  // The new password meets the server's rule (@zeren/shared-rules) before it is sent.
  const rules = computed<FormRules>(() => ({
    currentPassword: [{ required: true, message: t('account.currentRequired'), trigger: 'blur' }],
    newPassword: [strongPasswordRule(t('account.nextRule'))],
    repeat: [
      {
        validator: (_rule, value: string, callback) => (value === form.newPassword ? callback() : callback(new Error(t('account.repeatMismatch')))),
        trigger: 'blur',
      },
    ],
  }));

  const { mutate, loading } = useMutation(ChangePasswordDocument);

  async function submit(): Promise<void> {
    fieldErrors.value = {};
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid) return;
    try {
      await mutate({ input: { currentPassword: form.currentPassword, newPassword: form.newPassword } });
      // Every earlier token is revoked by the gateway, this one included.
      session.end('password-changed');
    } catch (e) {
      fieldErrors.value = issuesByField(notifyError(e).issues);
    }
  }

  return { form, rules, fieldErrors, loading, submit };
}
