import { LIMITS } from '@carnet/shared';
import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

@InterfaceType({ description: 'An object with a global ID, which `node(id:)` fetches again.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id: string;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const fromBase64url = (text: string) => Buffer.from(text, 'base64url').toString('utf8');

export function toGlobalId(typeName: string, id: string): string {
  return base64url(`${typeName}:${id}`);
}

/** The type and database id behind a global ID, or null when it is not one of ours. */
export function fromGlobalId(globalId: string): { typeName: string; id: string } | null {
  const match = /^([A-Za-z]+):([1-9][0-9]{0,18})$/.exec(fromBase64url(globalId));
  return match ? { typeName: match[1]!, id: match[2]! } : null;
}

/** The database id of a global ID that must name a `typeName`; BAD_USER_INPUT otherwise. */
export function idOf(globalId: string, typeName: string, field = 'id'): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.typeName !== typeName) throw badUserInput(`${field} is not the ID of a ${typeName}.`, field);
  return parsed.id;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the start, 1 to ${LIMITS.pageSize}; 20 by default.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 1 to ${LIMITS.pageSize}.` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

/** A page of a list; `E` holds facts about each item's relation to the list's owner (they go on the edge). */
export interface Page<T, E extends object = object> {
  items: ({ cursor: string; node: T } & E)[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * `XConnection` and `XEdge` for a node type, built the way Relay clients expect. `totalCount` is counted only
 * when asked. Fields of `edgeFields` (an abstract object type) go on each edge, such as `connectedAt`.
 */
export function ConnectionType<T extends object, E extends object = object>(
  nodeType: ClassType<T>,
  name = nodeType.name,
  edgeFields: ClassType<E> = class {} as ClassType<E>,
): ClassType<ConnectionShape<T>> & {
  from(page: Page<T, E>): ConnectionShape<T>;
} {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge extends (edgeFields as ClassType<object>) {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    private count: () => Promise<number>;

    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T, E>): Connection {
      const connection = new Connection();
      connection.edges = page.items.map((item) => Object.assign(new Edge(), item));
      connection.nodes = page.items.map((item) => item.node);
      connection.pageInfo = page.pageInfo;
      connection.count = page.count;
      return connection;
    }
  }
  return Connection;
}

/** The page size when a list is asked for without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;

export interface KeysetWindow {
  size: number;
  cursor: unknown[] | null;
  /** True when paging backwards from the end (`last`/`before`). */
  backwards: boolean;
}

function decodeCursor(cursor: string, arity: number, field: string): unknown[] {
  try {
    const values: unknown = JSON.parse(fromBase64url(cursor));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`${field} is not a cursor of this list.`, field);
}

function encodeCursor(values: unknown[]): string {
  return base64url(JSON.stringify(values));
}

function checkSize(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1 || value > LIMITS.pageSize) {
    throw badUserInput(`${field} must be between 1 and ${LIMITS.pageSize}.`, field);
  }
  return value;
}

/** Which page the arguments ask for: its size, the cursor's key values and the direction. */
export function keysetWindow(args: ConnectionArgs, arity: number): KeysetWindow {
  const first = checkSize(args.first, 'first');
  const last = checkSize(args.last, 'last');
  if (first != null && last != null) throw badUserInput('Use either first or last, not both.', 'last');
  if (args.after != null && args.before != null) throw badUserInput('Use either after or before, not both.', 'before');
  const backwards = last != null || (first == null && args.before != null);
  const cursor = backwards ? args.before : args.after;
  return {
    size: (backwards ? last : first) ?? DEFAULT_PAGE_SIZE,
    cursor: cursor != null ? decodeCursor(cursor, arity, backwards ? 'before' : 'after') : null,
    backwards,
  };
}

export interface KeysetOrder<E> {
  /** Columns of the sort key, most significant first, ending with a unique one; e.g. ['t.created_at', 't.id']. */
  columns: string[];
  /** The same key read off a loaded row, as JSON-safe values. */
  keyOf: (row: E) => (string | number)[];
  descending: boolean;
}

/**
 * One page of a keyset-paginated list: the row-value comparison `(a, b) < (x, y)` uses the composite index,
 * and fetching one extra row tells whether there is a next page.
 */
export async function paginate<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  order: KeysetOrder<E>,
  args: ConnectionArgs,
): Promise<Page<E>> {
  const window = keysetWindow(args, order.columns.length);
  const descending = order.descending !== window.backwards;
  const page = query.clone();
  if (window.cursor) {
    const placeholders = window.cursor.map((_, i) => `:cursor${i}`);
    page.andWhere(
      `(${order.columns.join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`,
      Object.fromEntries(window.cursor.map((value, i) => [`cursor${i}`, value])),
    );
  }
  order.columns.forEach((column, i) => page[i === 0 ? 'orderBy' : 'addOrderBy'](column, descending ? 'DESC' : 'ASC'));
  const rows = await page.limit(window.size + 1).getMany();
  return { ...pageOfRows(rows, window, order.keyOf), count: () => query.clone().getCount() };
}

/** A page made of the rows fetched for a window: at most `size + 1` rows, the extra one telling that more follow. */
export function pageOfRows<E>(
  rows: E[],
  window: KeysetWindow,
  keyOf: (row: E) => (string | number)[],
): Omit<Page<E>, 'count'> {
  const more = rows.length > window.size;
  const shown = rows.slice(0, window.size);
  if (window.backwards) shown.reverse();
  const items = shown.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    items,
    pageInfo: {
      hasNextPage: window.backwards ? window.cursor != null : more,
      hasPreviousPage: window.backwards ? more : window.cursor != null,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items.at(-1)?.cursor ?? null,
    },
  };
}

/** Pages of already-built API objects: maps the rows of a page without losing its cursors. */
export function mapPage<E, T>(page: Page<E>, map: (row: E) => T): Page<T> {
  return { ...page, items: page.items.map((item) => ({ cursor: item.cursor, node: map(item.node) })) };
}

/**
 * One page of a short list already in memory (at most a few hundred items, such as the entries of a
 * profile section), with the same cursors and bounds as a keyset page.
 */
export function pageFromList<T>(list: readonly T[], args: ConnectionArgs, idOf: (item: T) => string): Page<T> {
  const window = keysetWindow(args, 1);
  const at = window.cursor ? list.findIndex((item) => idOf(item) === String(window.cursor![0])) : -1;
  const [from, to] = window.backwards
    ? [Math.max(0, (at === -1 ? list.length : at) - window.size), at === -1 ? list.length : at]
    : [at + 1, at + 1 + window.size];
  const items = list.slice(from, to).map((node) => ({ cursor: encodeCursor([idOf(node)]), node }));
  return {
    items,
    pageInfo: {
      hasNextPage: to < list.length,
      hasPreviousPage: from > 0,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items.at(-1)?.cursor ?? null,
    },
    count: async () => list.length,
  };
}
