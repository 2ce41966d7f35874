import { BadInputError } from '@crowdcomms/errors';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConnectionShape, PageArgs } from './connection';

export const DEFAULT_PAGE_SIZE = 20;

type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through
  }
  throw new BadInputError('The cursor is not valid; start again from the first page', { argument: 'after' });
}

/**
 * A keyset sort column holding timestamps must be `timestamptz(3)`: cursors
 * carry JavaScript dates, which stop at milliseconds.
 */
export interface KeysetOrder<T> {
  /** SQL expression of the sort key, e.g. `m.createdAt`. */
  column: string;
  /** The same key read from a loaded row, for the cursor. */
  valueOf: (row: T) => Date | string | number;
  direction: 'ASC' | 'DESC';
  /** SQL expression of the unique tie-breaker, e.g. `m.id`. */
  idColumn: string;
  idOf: (row: T) => string;
}

/**
 * Keyset (seek) pagination over a filtered query: stable under inserts and
 * cheap on deep pages, unlike OFFSET. `totalCount` counts the filtered set.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
): Promise<ConnectionShape<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const totalCount = await query.clone().getCount();
  const page = query.clone().orderBy(order.column, order.direction).addOrderBy(order.idColumn, order.direction);
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const op = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.column}, ${order.idColumn}) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await page.take(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => {
    const value = order.valueOf(node);
    return {
      node,
      cursor: encodeCursor([value instanceof Date ? value.toISOString() : value, order.idOf(node)]),
    };
  });
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
