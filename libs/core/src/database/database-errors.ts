/** Why PostgreSQL gave up on a statement: the request was bounded, not broken. */
export enum DatabaseBusyReason {
  /** statement_timeout: the statement ran longer than allowed. */
  STATEMENT_TIMEOUT = 'STATEMENT_TIMEOUT',
  /** lock_timeout: a lock the statement needed was held by someone else for too long. */
  LOCK_TIMEOUT = 'LOCK_TIMEOUT',
  /** The pool had no free connection within the connection timeout. */
  POOL_EXHAUSTED = 'POOL_EXHAUSTED',
  /** idle_in_transaction_session_timeout ended the session of a transaction left open. */
  IDLE_TRANSACTION_TERMINATED = 'IDLE_TRANSACTION_TERMINATED',
}

const BY_SQLSTATE: Readonly<Record<string, DatabaseBusyReason>> = {
  // query_canceled: statement_timeout (a user's cancel request is the only other cause, and we send none).
  '57014': DatabaseBusyReason.STATEMENT_TIMEOUT,
  // lock_not_available: lock_timeout or NOWAIT.
  '55P03': DatabaseBusyReason.LOCK_TIMEOUT,
  '25P03': DatabaseBusyReason.IDLE_TRANSACTION_TERMINATED,
};

/** node-postgres' pool rejects with a plain Error carrying this text when no client is free in time. */
const POOL_TIMEOUT = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;

/** The reason when the error (or one it wraps) is a bounded wait of the database; null otherwise. */
export function databaseBusyReason(error: unknown): DatabaseBusyReason | null {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && BY_SQLSTATE[code]) return BY_SQLSTATE[code];
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && POOL_TIMEOUT.test(message)) return DatabaseBusyReason.POOL_EXHAUSTED;
    const inner = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = inner.driverError ?? inner.originalError ?? inner.cause;
  }
  return null;
}
