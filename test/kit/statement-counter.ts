import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * Counts the SQL statements the given data source sends while `run` runs (every statement goes
 * through a query runner's query(), including those of the API handling a request in this
 * process). For tests that show a list's statement count does not grow with its rows.
 */
export async function countStatements<T>(dataSource: DataSource, run: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
  const original = PostgresQueryRunner.prototype.query;
  const sql: string[] = [];
  PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, query: string, ...rest: unknown[]) {
    if (this.connection === dataSource) sql.push(query);
    return (original as (...args: unknown[]) => Promise<unknown>).call(this, query, ...rest);
  } as typeof original;
  try {
    const result = await run();
    return { result, statements: sql.length, sql };
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
}
