import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

/** "共 N 条" once the list has answered; "加载中…" until then, never "共 0 条" for rows not yet here. */
export function useListTotal(loading: Ref<boolean>, total: Ref<number>) {
  const { t } = useI18n();
  return computed(() => (loading.value ? t('common.loading') : t('common.total', { n: total.value })));
}
