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

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through: a malformed cursor is the caller's mistake
  }
  throw badUserInputError('Invalid cursor');
}
