import { validateSync } from 'class-validator';
import { IsHours } from './is-hours.decorator';

class Effort {
  @IsHours()
  hours: unknown;
}

const valid = (hours: unknown) => validateSync(Object.assign(new Effort(), { hours })).length === 0;

describe('IsHours', () => {
  it('takes whole and one-decimal hours', () => {
    for (const hours of [0, 1, 1.5, 0.1, 999.9, 1000])
      expect({ hours, valid: valid(hours) }).toEqual({ hours, valid: true });
  });

  it('refuses more decimals, tiny amounts in exponent form, infinities, NaN and text — without throwing', () => {
    for (const hours of [1.25, 0.05, 4e-323, 5e-324, 1e-7, Infinity, -Infinity, NaN, '2', null]) {
      expect({ hours, valid: valid(hours) }).toEqual({ hours, valid: false });
    }
  });
});
