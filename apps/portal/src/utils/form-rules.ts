import type { FormItemRule } from 'element-plus';
import { isStrongPassword } from '@zeren/shared-rules';

/** The server's password rule (@zeren/shared-rules: length, letters and digits) as a form rule. */
export function strongPasswordRule(message: string): FormItemRule {
  return {
    required: true,
    trigger: 'blur',
    validator: (_rule, value: string | undefined, done) => (isStrongPassword(value ?? '') ? done() : done(new Error(message))),
  };
}
