import { validateSync } from 'class-validator';
import { MaxDecimals } from './max-decimals';

class Input {
  @MaxDecimals(1, { message: '最多一位小数' })
  points!: number;
}
const errorsOf = (points: number) => validateSync(Object.assign(new Input(), { points })).map((e) => e.constraints?.['maxDecimals']);

describe('MaxDecimals', () => {
  it('takes whole numbers and one decimal, either sign', () => {
    for (const ok of [0, 3, -2, 2.5, -1.5, 1.1, 99.9, 0.3]) expect(errorsOf(ok)).toEqual([]);
  });

  it('refuses more decimals, exponent notation and non-finite numbers with the message, never throwing', () => {
    for (const bad of [1.25, 1e-7, -2e-9, Number.NaN, Number.POSITIVE_INFINITY]) expect(errorsOf(bad)).toEqual(['最多一位小数']);
  });
});
