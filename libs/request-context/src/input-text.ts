// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** class-transformer `@Transform`: strip control characters (PostgreSQL text cannot hold NUL) and trim. */
export const cleanTrim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.replace(CONTROL, '').trim() : value;
