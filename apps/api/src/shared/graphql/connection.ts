import { Field, ObjectType } from 'type-graphql';
import { badUserInputError } from './errors';

@ObjectType({ description: 'Relay page information for keyset pagination.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow the last one returned.' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item returned; pass it as `after`.',
  })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** The page size asked for, within 1..MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Cursors are opaque to clients: base64url of a JSON array of the sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each part of a cursor must be: free text, a UUID, an instant as encoded, or a bigint id. */
export type CursorPart = 'text' | 'uuid' | 'instant' | 'int64';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// toISOString() or PostgreSQL's microseconds; years 1..9999 only (PostgreSQL's and JavaScript's range).
const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,6})?Z$/;
const INT64_MAX = 9223372036854775807n;
const MAX_TEXT_PART = 1000;

/** Whether one part of a decoded cursor is of this kind (for cursors whose parts vary by shape). */
export function isValidCursorPart(part: unknown, kind: CursorPart): part is string {
  if (typeof part !== 'string') return false;
  switch (kind) {
    case 'text':
      // U+0000 and unpaired surrogates cannot be sent to PostgreSQL.
      return part.length <= MAX_TEXT_PART && !part.includes('\u0000') && !/\p{Cs}/u.test(part);
    case 'uuid':
      return UUID.test(part);
    case 'instant': {
      const match = INSTANT.exec(part);
      if (!match || match[1].startsWith('0000')) return false;
      const ms = Date.parse(`${match[1]}Z`);
      // Date.parse rolls 2024-02-30 over into March; PostgreSQL refuses it.
      return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === match[1];
    }
    case 'int64':
      return /^\d{1,19}$/.test(part) && BigInt(part) <= INT64_MAX;
  }
}

/**
 * The sort key of a cursor this API made, or BAD_USER_INPUT: a forged cursor (wrong arity, wrong
 * types, an impossible date, a malformed id, U+0000) never reaches SQL. A number `shape` means that
 * many text parts.
 */
export function decodeCursor(cursor: string, shape: number | readonly CursorPart[]): string[] {
  const kinds: readonly CursorPart[] =
    typeof shape === 'number' ? Array<CursorPart>(shape).fill('text') : shape;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // fall through: a malformed cursor is the caller's mistake
  }
  if (
    Array.isArray(key) &&
    key.length === kinds.length &&
    key.every((part, i) => isValidCursorPart(part, kinds[i]))
  ) {
    return key as string[];
  }
  throw badUserInputError('Invalid cursor');
}
