import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CoreErrorCode, CoreException } from '../../errors/domain.exception';
import { Connection, decodeCursor, toConnection } from '../../graphql/connection';
import { OutboxDeadLetterType } from './outbox-dead-letter.types';

interface DeadLetterRow {
  id: string;
  queue: string;
  job_name: string;
  dispatch_attempts: number;
  last_error: string | null;
  created_at: Date;
  dead_lettered_at: Date;
}

const toType = (row: DeadLetterRow): OutboxDeadLetterType => ({
  id: row.id,
  queue: row.queue,
  jobName: row.job_name,
  attempts: row.dispatch_attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  deadLetteredAt: row.dead_lettered_at,
});

/** The outbox rows the relay gave up on: listed newest first, and put back in line on request. */
@Injectable()
export class OutboxDeadLetters {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(first: number, after?: string): Promise<Connection<OutboxDeadLetterType>> {
    const cursor = after === undefined ? null : parseCursor(decodeCursor(after));
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT id, queue, job_name, dispatch_attempts, last_error, created_at, dead_lettered_at FROM outbox_event
        WHERE dead_lettered_at IS NOT NULL
          AND ($1::timestamptz IS NULL OR (dead_lettered_at, id) < ($1::timestamptz, $2::uuid))
        ORDER BY dead_lettered_at DESC, id DESC LIMIT $3`,
      [cursor?.at ?? null, cursor?.id ?? null, first + 1],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM outbox_event WHERE dead_lettered_at IS NOT NULL`,
    );
    return toConnection(rows.map(toType), first, total, (row) => `${row.deadLetteredAt.toISOString()}|${row.id}`, cursor !== null);
  }

  /** Puts a dead letter back in line with fresh attempts (after the cause was fixed). */
  async retry(id: string): Promise<true> {
    if (!isUUID(id)) throw CoreException.invalidInput([{ path: 'id', message: 'must be a UUID' }]);
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE outbox_event SET dead_lettered_at = NULL, claimed_until = NULL, dispatch_attempts = 0
        WHERE id = $1 AND dead_lettered_at IS NOT NULL
        RETURNING id`,
      [id],
    );
    if (rows.length === 0) throw new CoreException(CoreErrorCode.NOT_FOUND, 'No such dead letter', [{ path: 'id', message: 'no such dead letter' }]);
    // The trigger notifies on insert only: wake the relay for the row put back.
    await this.dataSource.query(`SELECT pg_notify('outbox_event', '')`);
    return true;
  }
}

function parseCursor(key: string): { at: string; id: string } {
  const [at, id] = key.split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !isUUID(id)) {
    throw CoreException.invalidInput([{ path: 'after', message: 'is not a cursor returned by this API' }]);
  }
  return { at, id };
}
