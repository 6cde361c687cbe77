import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeCursor, toConnection } from '@ytmt/core';
import { NotificationType } from '@ytmt/events';
import { DataSource } from 'typeorm';
import { NotificationsException } from './notifications.exception';
import { NotificationSubject } from './notification-recipes';

export interface InboxNotification {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  subject: NotificationSubject;
  createdAt: Date;
  readAt: Date | null;
  /** created_at to the microsecond, for the cursor: a JavaScript Date would drop the last digits. */
  cursorAt: string;
}

export interface InboxPage extends Connection<InboxNotification> {
  unreadCount: number;
}

interface InboxRow {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  subject: NotificationSubject;
  created_at: Date;
  read_at: Date | null;
  cursor_at: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_MARK_READ_IDS = 100;

/**
 * The signed-in user's own notifications. Every query is bound to the caller's user id: there
 * is no way to name another user, and ids of others' notifications simply match nothing.
 */
@Injectable()
export class NotificationInboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, options: { first: number; after?: string; unreadOnly?: boolean }): Promise<InboxPage> {
    const unread = options.unreadOnly ? 'AND read_at IS NULL' : '';
    const [{ total, unread_count: unreadCount }]: { total: number; unread_count: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${options.unreadOnly ? 'read_at IS NULL' : 'true'})::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS unread_count
         FROM notification WHERE user_id = $1`,
      [userId],
    );
    const params: unknown[] = [userId, options.first + 1];
    let keyset = '';
    if (options.after) {
      const [at, id] = decodeCursor(options.after).split('\u0000');
      if (!id || !UUID.test(id) || Number.isNaN(Date.parse(at))) throw NotificationsException.invalid([{ path: 'after', message: 'is not a cursor returned by this API' }]);
      params.push(at, id);
      keyset = `AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT id, type, title, body, subject, created_at, read_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM notification
        WHERE user_id = $1 ${unread} ${keyset}
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      params,
    );
    const page = toConnection(rows.map(toInbox), options.first, total, (n) => `${n.cursorAt}\u0000${n.id}`, Boolean(options.after));
    return { ...page, unreadCount };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return count;
  }

  /** Marks the caller's notifications among `ids` read and returns them; others' ids and unknown ones are ignored. */
  async markRead(userId: string, ids: readonly string[]): Promise<InboxNotification[]> {
    if (ids.length > MAX_MARK_READ_IDS) throw NotificationsException.invalid([{ path: 'ids', message: `at most ${MAX_MARK_READ_IDS} at a time` }]);
    const bad = ids.findIndex((id) => !UUID.test(id));
    if (bad >= 0) throw NotificationsException.invalid([{ path: `ids[${bad}]`, message: 'is not a notification id' }]);
    if (ids.length === 0) return [];
    await this.dataSource.query(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL',
      [userId, ids],
    );
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT id, type, title, body, subject, created_at, read_at, '' AS cursor_at
         FROM notification WHERE user_id = $1 AND id = ANY($2::uuid[])
        ORDER BY created_at DESC, id DESC`,
      [userId, ids],
    );
    return rows.map(toInbox);
  }

  /** Returns how many were unread. */
  async markAllRead(userId: string): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return result[1];
  }
}

function toInbox(row: InboxRow): InboxNotification {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    subject: row.subject ?? {},
    createdAt: row.created_at,
    readAt: row.read_at,
    cursorAt: row.cursor_at,
  };
}
