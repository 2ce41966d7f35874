import { invalidValue } from './scim-error';
import { MAX_PAGE } from './scim-schemas';

/** `startIndex` (1-based) and `count` of a list request (RFC 7644 §3.4.2.4). */
export interface Page {
  startIndex: number;
  count: number;
}

/** Reads the paging parameters: below 1 is 1, a negative count is 0, above the maximum is the maximum. */
export function readPage(startIndex: unknown, count: unknown): Page {
  const int = (value: unknown, name: string, fallback: number) => {
    if (value === undefined || value === '') return fallback;
    if (typeof value !== 'string' || !/^-?\d{1,9}$/.test(value)) throw invalidValue(`${name} must be an integer`);
    return Number(value);
  };
  return {
    startIndex: Math.max(1, int(startIndex, 'startIndex', 1)),
    count: Math.min(MAX_PAGE, Math.max(0, int(count, 'count', 100))),
  };
}
