import { Field, Int } from 'type-graphql';
import { IsInt, Max, Min } from 'class-validator';

/** The years an input may name: a plausible working year, not a typo. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A required `year` input field (年度): an integer from MIN_YEAR to MAX_YEAR, refused in zh-CN beside the field. */
export function YearField(description = '年度'): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { description })(target, key);
    IsInt({ message: '年度应为整数' })(target, key as string);
    Min(MIN_YEAR, { message: '年度不正确' })(target, key as string);
    Max(MAX_YEAR, { message: '年度不正确' })(target, key as string);
  };
}
