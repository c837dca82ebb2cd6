import { BadInputError } from '@zeren/shared-errors';

/** BAD_USER_INPUT naming the field, so that the portal shows the refusal beside it. */
export function refuse(field: string, message: string): never {
  throw new BadInputError(message, [{ field, message }]);
}

/** A required text, trimmed: the field's refusal when only spaces were given. */
export function required(value: string | null | undefined, field: string, message: string): string {
  const text = value?.trim() ?? '';
  if (!text) refuse(field, message);
  return text;
}
