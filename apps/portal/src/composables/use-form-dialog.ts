import { computed, provide, reactive, ref, useTemplateRef, type ComputedRef, type InjectionKey } from 'vue';
import type { FormInstance } from 'element-plus';
import { issuesByField, type ApiIssue } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';

/** Whether the open form differs from what it was opened with: FormDialog asks before throwing that away. */
export const FORM_DIRTY: InjectionKey<ComputedRef<boolean>> = Symbol('form-dirty');

/**
 * A dialog's form: opened with fresh values, checked by its rules, and showing the API's per-field
 * issues when a save is refused. `formRef` is the name of the el-form's template ref. The dialog
 * (FormDialog, in this component's template) learns through FORM_DIRTY whether there is anything to lose.
 */
export function useFormDialog<T extends object>(blank: () => T, formRef: string) {
  const visible = ref(false);
  const form = reactive(blank()) as T;
  const fieldErrors = ref<Record<string, string>>({});
  // The last refusal's issues as the API named them (`milestones.1.title`), for forms with repeated rows.
  const issues = ref<ApiIssue[]>([]);
  const formEl = useTemplateRef<FormInstance>(formRef);
  const opened = ref('');
  const dirty = computed(() => visible.value && JSON.stringify(form) !== opened.value);
  provide(FORM_DIRTY, dirty);

  function show(values: Partial<T> = {}): void {
    Object.assign(form, blank(), values);
    opened.value = JSON.stringify(form);
    fieldErrors.value = {};
    issues.value = [];
    visible.value = true;
    formEl.value?.clearValidate();
  }

  /** Clears the last refusal's messages, then runs the rules (of the named fields only, if given). */
  async function check(fields?: string[]): Promise<boolean> {
    fieldErrors.value = {};
    issues.value = [];
    const el = formEl.value;
    if (!el) return false;
    return (fields ? el.validateField(fields) : el.validate()).catch(() => false);
  }

  /** Checks the form and saves; on success says `done` and closes, on a refusal stays open with the API's messages. */
  async function submit(save: () => Promise<unknown>, done: string, fields?: string[]): Promise<boolean> {
    if (!(await check(fields))) return false;
    try {
      await save();
    } catch (e) {
      // The message, and each issue beside its field.
      issues.value = notifyError(e).issues;
      fieldErrors.value = issuesByField(issues.value);
      return false;
    }
    notifySuccess(done);
    visible.value = false;
    return true;
  }

  return { visible, form, fieldErrors, issues, dirty, show, check, submit };
}
