import { EntityManager } from 'typeorm';

/**
 * Lifts or changes the session timeouts for the rest of the current transaction only (SET LOCAL):
 * for the rare job that must run a long statement on the application's pool. 0 means no limit.
 */
export async function setTransactionTimeouts(
  manager: EntityManager,
  timeouts: { statementTimeoutMs?: number; lockTimeoutMs?: number },
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('setTransactionTimeouts must run inside a transaction');
  // set_config(…, true) is SET LOCAL with a bind parameter instead of string building.
  if (timeouts.statementTimeoutMs !== undefined) {
    await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [String(Math.max(0, Math.trunc(timeouts.statementTimeoutMs)))]);
  }
  if (timeouts.lockTimeoutMs !== undefined) {
    await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [String(Math.max(0, Math.trunc(timeouts.lockTimeoutMs)))]);
  }
}
