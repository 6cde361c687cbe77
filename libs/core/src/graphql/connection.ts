import { applyDecorators, Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CoreException } from '../errors/domain.exception';

import type { ComplexityEstimatorArgs } from '@nestjs/graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** The `first` argument: an optional page size up to MAX_PAGE_SIZE. */
function PageSizeField(options: { nullable: boolean; defaultValue?: number }): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { ...options, description: `Page size, at most ${MAX_PAGE_SIZE}.` }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );
}

@ArgsType()
class CursorArgs {
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsBase64()
  after?: string;
}

@ArgsType()
export class PageArgs extends CursorArgs {
  @PageSizeField({ nullable: true })
  first?: number;
}

/** PageArgs whose `first` cannot be null, so the page size is always known. */
export interface RequiredPageArgs {
  first: number;
  after?: string;
}

/**
 * PageArgs with a default page size the schema shows: `first: Int = n`, or `first: Int! = n`
 * with `required`. Extend the returned class to add a query's own arguments.
 */
export function PageArgsWithDefault(defaultSize: number): Type<PageArgs>;
export function PageArgsWithDefault(defaultSize: number, options: { required: true }): Type<RequiredPageArgs>;
export function PageArgsWithDefault(defaultSize: number, options: { required?: boolean } = {}): Type<PageArgs> {
  @ArgsType()
  class DefaultedPageArgs extends CursorArgs {
    // IsOptional even when required is harmless: GraphQL fills in the default and rejects null for `Int!`.
    @PageSizeField({ nullable: !options.required, defaultValue: defaultSize })
    first?: number;
  }
  return DefaultedPageArgs;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export function ConnectionType<T>(nodeType: Type<T>, name = nodeType.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType], { complexity: 1 })
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Opaque keyset cursors: base64 of the sort key value of the edge. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  if (!decoded.startsWith('k:')) {
    throw CoreException.invalidInput([{ path: field, message: 'is not a cursor returned by this API' }]);
  }
  return decoded.slice(2);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A two-part keyset cursor `<sort key>\u0000<uuid>` as written by `toConnection(…, (row) => \`${key}\u0000${id}\`)`.
 * `timestamp` keys must parse as dates. Anything else is refused as input naming `field`.
 */
export function decodeKeysetCursor(cursor: string, keyKind: 'text' | 'timestamp' = 'text', field = 'after'): { key: string; id: string } {
  const [key, id] = decodeCursor(cursor, field).split('\u0000');
  if (key === undefined || !id || !UUID_PATTERN.test(id) || (keyKind === 'timestamp' && Number.isNaN(Date.parse(key)))) {
    throw CoreException.invalidInput([{ path: field, message: 'is not a cursor returned by this API' }]);
  }
  return { key, id };
}

/**
 * Turns `first + 1` rows fetched after the cursor into a connection; the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => string,
  hasPrevious: boolean,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * The offset a search page starts at: 0 without a cursor, else one past the position the cursor
 * names. `invalid` makes the caller's own error for a cursor that holds no position.
 */
export function offsetAfter(after: string | null | undefined, invalid: () => Error): number {
  if (!after) return 0;
  const position = Number(decodeCursor(after));
  if (!Number.isInteger(position) || position < 0) throw invalid();
  return position + 1;
}

/**
 * Turns the hits of an offset-paged search into a connection. A hit's cursor is its position in
 * the whole result (offset + index), so a hit that `toNode` drops (null) leaves a gap without
 * moving the others; whether a next page exists is judged by the engine's hits and total.
 */
export function toOffsetConnection<THit, TNode>(
  hits: readonly THit[],
  offset: number,
  totalCount: number,
  toNode: (hit: THit) => TNode | null,
): Connection<TNode> {
  const edges = hits.flatMap((hit, index) => {
    const node = toNode(hit);
    return node === null ? [] : [{ cursor: encodeCursor(String(offset + index)), node }];
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + hits.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Query cost of a connection field: its selection counted once per requested node. */
export function connectionComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const requested: unknown = (args as Record<string, unknown>)['first'];
  const first = typeof requested === 'number' ? requested : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
}
