import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals. class-validator's own `IsNumber({ maxDecimalPlaces })`
 * reads the decimals from `String(value)` and throws a TypeError on exponent notation (1e-7), which the
 * API would answer as an internal error; this rounds instead, and refuses such a number.
 */
export function MaxDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxDecimals',
      validator: {
        // A number written with at most `places` decimals is the same number rounded to them (1.1 is 1.1, 1e-7 is not 0).
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    },
    options,
  );
}
