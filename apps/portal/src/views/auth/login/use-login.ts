import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { useMutation } from '@vue/apollo-composable';
import type { FormInstance, FormRules } from 'element-plus';
import { LoginDocument } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { useSessionStore } from '@/stores/session';
import { landing } from '@/router';

export function useLogin() {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const formRef = useTemplateRef<FormInstance>('loginForm');
  const form = reactive({ username: '', password: '' });
  const error = ref<string | null>(null);

  const rules = computed<FormRules>(() => ({
    username: [{ required: true, whitespace: true, message: t('login.usernameRequired'), trigger: 'blur' }],
    password: [{ required: true, message: t('login.passwordRequired'), trigger: 'blur' }],
  }));

  // Why the user is here (the session ended, they signed out, they changed their password).
  const notice = computed(() => {
    const reason = route.query.reason;
    if (reason === 'expired') return { type: 'warning' as const, text: t('login.expired') };
    if (reason === 'logout') return { type: 'info' as const, text: t('login.loggedOut') };
    if (reason === 'password-changed') return { type: 'success' as const, text: t('login.passwordChanged') };
    return null;
  });

  const { mutate, loading } = useMutation(LoginDocument);

  async function submit(): Promise<void> {
    error.value = null;
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid) return;
    try {
      const result = await mutate({ username: form.username.trim(), password: form.password });
      if (!result?.data) return;
      session.signIn(result.data.login);
      const redirect = typeof route.query.redirect === 'string' && route.query.redirect.startsWith('/') ? route.query.redirect : null;
      await router.replace(redirect ?? landing());
    } catch (e) {
      error.value = describeError(e).message;
      form.password = '';
    }
  }

  return { form, rules, error, notice, loading, submit };
}
