import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number with at most one decimal place (1.5 hours, not 1.25).
 * class-validator's `IsNumber({ maxDecimalPlaces })` throws on numbers that
 * print in exponent form (4e-323); rounding to one place and comparing also
 * refuses those tiny amounts, which would otherwise be stored as 0.
 */
export function IsHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHours',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(1)) === value,
        defaultMessage: () => '$property must be a number of hours with at most one decimal place',
      },
    },
    options,
  );
}
