// Cursor connections. A cursor is the opaque form of an item's position in its ordered list;
// a page is `first` items after it. Page sizes are capped, so no request asks the database for
// an unbounded list.
import type { ListPage, Page } from '../graph/api-lists.ts';
import { userError } from './errors.ts';

export const MAX_PAGE = 100;

const PREFIX = 'isnad:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(n) || n < 0) {
    throw userError(`"after" is not a cursor from this API: ${JSON.stringify(cursor)}`);
  }
  return n;
}

/** Checks `first` and `after`; the page asks one item more than it shows, to tell if another follows. */
export function pageOf(
  args: { first?: number | null; after?: string | null },
  max = MAX_PAGE,
): Page & { first: number } {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw userError(`"first" must be between 1 and ${max}, not ${first}`);
  }
  const skip = args.after == null ? 0 : decodeCursor(args.after) + 1;
  return { first, skip, limit: first + 1 };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/** A connection from the items of a page fetched with pageOf() (one more than shown). */
export function connection<T, E extends object = object>(
  page: Page & { first: number },
  items: T[],
  total?: number,
  extra?: (item: T, index: number) => E,
): Connection<T> {
  const shown = items.slice(0, page.first);
  const edges = shown.map((node, i) => ({
    cursor: encodeCursor(page.skip + i),
    node,
    ...(extra?.(node, i) ?? {}),
  }));
  return {
    edges,
    nodes: shown,
    pageInfo: { hasNextPage: items.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    ...(total === undefined ? {} : { totalCount: total }),
  };
}

/** The same, for lists whose total the database counted (the page holds at most `first` + 1). */
export function listConnection<T>(page: Page & { first: number }, list: ListPage<T>): Connection<T> {
  return connection(page, list.items, list.total);
}
