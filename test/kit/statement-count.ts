import { DataSource } from 'typeorm';
import { countStatements } from './statement-counter';

/** The list sizes the statement-count tests compare: a list of 100 must cost what a list of 10 costs. */
export const STATEMENT_COUNT_SIZES = { small: 10, large: 100 } as const;

export interface CountedRead<T> {
  result: T;
  statements: number;
  sql: string[];
}

export interface CountsAtSizes<T> {
  small: CountedRead<T>;
  large: CountedRead<T>;
}

type Reads = Record<string, (size: number) => Promise<unknown>>;

/**
 * Counts the statements of each read with the small and with the large list. `grow(size)` makes
 * the rows for a size (or a read picks its own data by the size it is given). Every read runs once
 * before counting: the first requests of a process load what they cache.
 */
export async function statementCountsAt<R extends Reads>(
  dataSource: DataSource,
  reads: R,
  grow: (size: number) => Promise<void> = async () => undefined,
): Promise<{ [K in keyof R]: CountsAtSizes<Awaited<ReturnType<R[K]>>> }> {
  const countAll = async (size: number) => {
    const counted: Record<string, CountedRead<unknown>> = {};
    for (const [name, read] of Object.entries(reads)) counted[name] = await countStatements(dataSource, () => read(size));
    return counted;
  };
  const { small, large } = STATEMENT_COUNT_SIZES;
  await grow(small);
  for (const read of Object.values(reads)) await read(small);
  const atSmall = await countAll(small);
  await grow(large);
  const atLarge = await countAll(large);
  return Object.fromEntries(Object.keys(reads).map((name) => [name, { small: atSmall[name], large: atLarge[name] }])) as {
    [K in keyof R]: CountsAtSizes<Awaited<ReturnType<R[K]>>>;
  };
}

/**
 * Expects the large list to cost as many statements as the small one (with `fewerAllowed`, no
 * more), printing the statements of both when it does not.
 */
export function expectFlatStatementCount(list: string, { small, large }: CountsAtSizes<unknown>, options: { fewerAllowed?: boolean } = {}): void {
  const flat = options.fewerAllowed ? large.statements <= small.statements : large.statements === small.statements;
  if (!flat) {
    const { small: smallSize, large: largeSize } = STATEMENT_COUNT_SIZES;
    console.log(`${list}, ${smallSize} rows:\n${small.sql.join('\n')}\n\n${largeSize} rows:\n${large.sql.join('\n')}`);
  }
  if (options.fewerAllowed) expect(large.statements).toBeLessThanOrEqual(small.statements);
  else expect({ list, statements: large.statements }).toEqual({ list, statements: small.statements });
}

/** The table's own columns, without generated ones and those named in `except`. */
export async function columnsOf(dataSource: DataSource, table: string, except: readonly string[]): Promise<string[]> {
  const rows = await dataSource.query<{ column_name: string }[]>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name).filter((column) => !except.includes(column));
}

export interface ClonedRow {
  table: string;
  id: string;
  /** The tables of the row's parts, each naming the row in the column `foreignKey`. */
  parts: readonly string[];
  foreignKey: string;
}

/**
 * Copies a row `times` times with its parts, new ids for all: many rows just like one made
 * through the API, without as many API calls.
 */
export async function cloneRow(dataSource: DataSource, { table, id, parts, foreignKey }: ClonedRow, times: number): Promise<void> {
  if (times <= 0) return;
  const columns = (await columnsOf(dataSource, table, ['id'])).map((column) => `"${column}"`).join(', ');
  const clones = await dataSource.query<{ id: string }[]>(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table}, generate_series(1, $2) WHERE id = $1 RETURNING id`,
    [id, times],
  );
  for (const part of parts) {
    const own = await columnsOf(dataSource, part, ['id', foreignKey]);
    await dataSource.query(
      `INSERT INTO ${part} (${foreignKey}${own.map((column) => `, "${column}"`).join('')})
       SELECT clone.id${own.map((column) => `, source."${column}"`).join('')}
         FROM unnest($1::uuid[]) AS clone(id) CROSS JOIN ${part} source
        WHERE source.${foreignKey} = $2`,
      [clones.map((clone) => clone.id), id],
    );
  }
}
