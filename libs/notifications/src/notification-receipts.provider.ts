import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationReceiptQuery, NotificationReceipts } from '@ytmt/matching';
import { DataSource } from 'typeorm';

/**
 * Fills matching's NotificationReceipts port: which of the asked notifications (user, event key)
 * have been written. The share-request reminder reconciliation asks it in one statement per batch.
 */
@Injectable()
export class NotificationReceiptsProvider implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly receipts: NotificationReceipts,
  ) {}

  onModuleInit(): void {
    this.receipts.provide((queries) => this.written(queries));
  }

  async written(queries: readonly NotificationReceiptQuery[]): Promise<ReadonlySet<string>> {
    if (queries.length === 0) return new Set();
    const rows: { event_key: string }[] = await this.dataSource.query(
      `SELECT q.event_key FROM unnest($1::uuid[], $2::text[]) AS q(user_id, event_key)
        WHERE EXISTS (SELECT 1 FROM notification n WHERE n.user_id = q.user_id AND n.event_key = q.event_key)`,
      [queries.map((q) => q.userId), queries.map((q) => q.eventKey)],
    );
    return new Set(rows.map((row) => row.event_key));
  }
}
