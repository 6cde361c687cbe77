import { Injectable } from '@nestjs/common';

/** A notification that should have reached a user: the user and the notification's event key. */
export interface NotificationReceiptQuery {
  userId: string;
  eventKey: string;
}

/** Answers which of the queried notifications were written: the event keys found for their users. */
export type NotificationReceiptLookup = (queries: readonly NotificationReceiptQuery[]) => Promise<ReadonlySet<string>>;

/**
 * Port: whether a share request's reminder has reached the jobseeker is known only to the
 * notifications library, which sits above matching. It fills this port when its module starts;
 * matching asks through it and never reads the notifications' table.
 */
@Injectable()
export class NotificationReceipts {
  private lookup: NotificationReceiptLookup | null = null;

  provide(lookup: NotificationReceiptLookup): void {
    if (this.lookup) throw new Error('Notification receipts are provided twice');
    this.lookup = lookup;
  }

  /** The event keys, among those queried, of notifications written for the queried user. */
  async written(queries: readonly NotificationReceiptQuery[]): Promise<ReadonlySet<string>> {
    if (!this.lookup) throw new Error('No notification receipts: the notifications module is not part of this application');
    if (queries.length === 0) return new Set();
    return this.lookup(queries);
  }
}
