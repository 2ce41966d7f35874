import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

// A UTF-16 surrogate without its pair: JSON lets a client send one ("\ud800"), but it is no
// character — validators throw on it (encodeURI) and PostgreSQL refuses it in JSON columns.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Only data as a client sends it (strings, arrays, plain objects) is searched: the pipe also
 * sees every resolver's context, parent entity and GraphQL info, which are not arguments.
 */
function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  // Keys too: a JSON argument's keys are stored as they came.
  return Object.entries(value as Record<string, unknown>).some(
    ([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v, depth + 1),
  );
}

/** Refuses arguments holding text that is not well-formed Unicode, before any validator sees them. */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown): unknown {
    if (hasLoneSurrogate(value)) throw new BadRequestException('Text must be well-formed Unicode');
    return value;
  }
}
