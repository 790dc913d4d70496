import type { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from '../common/errors/bad-user-input.error';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@InputType()
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: '1..200' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from pageInfo.endCursor' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

/** The values of a row's sort key, in sort order (e.g. `[createdAtIso, id]`); the last one must be unique. */
export type CursorKey = Array<string | number>;

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A validated page request: how many rows, and the sort key to continue after (null = from the start). */
export interface PageRequest {
  first: number;
  after: CursorKey | null;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `length` key parts; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, length: number): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === length &&
    key.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)));
  if (!valid) throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  return key as CursorKey;
}

/** Validates `first` (1..200, default 50) and decodes `after` for a sort key of `keyLength` parts. */
export function pageRequest(page: PageInput | null | undefined, keyLength: number): PageRequest {
  const first = page?.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError([{ path: 'page.first', message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return { first, after: page?.after ? decodeCursor(page.after, keyLength) : null };
}

/**
 * Builds the page from rows fetched in sort order after the cursor with a limit of `first + 1`: the extra row
 * only tells whether another page exists.
 */
export function paginate<T>(
  rows: T[],
  request: PageRequest,
  totalCount: number,
  keyOf: (row: T) => CursorKey,
): Page<T> {
  const nodes = rows.slice(0, request.first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      endCursor: last === undefined ? null : encodeCursor(keyOf(last)),
    },
  };
}

/**
 * `XxxPage { nodes, pageInfo, totalCount }` for an object type:
 * `@ObjectType() export class UserPage extends Paginated(UserModel) {}` (the class name becomes the type name).
 */
export function Paginated<T>(itemType: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PaginatedType implements Page<T> {
    @Field(() => [itemType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return PaginatedType as Type<Page<T>>;
}
