/**
 * PostgreSQL text cannot hold NUL, and other C0 control characters (bar tab and
 * line breaks) are never meant; strip them from user text so they end up as
 * neither a server error nor invisible junk.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const cleanText = (value: string): string => value.replace(CONTROL, '');

/** class-transformer: clean (and trim) a string or each string of an array; other values pass through. */
export const clean =
  (trim = true) =>
  ({ value }: { value: unknown }): unknown => {
    const one = (v: unknown) => (typeof v === 'string' ? (trim ? cleanText(v).trim() : cleanText(v)) : v);
    return Array.isArray(value) ? value.map(one) : one(value);
  };
