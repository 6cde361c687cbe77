import { Injectable } from '@nestjs/common';

/** The kinds of data the platform's retention policy keeps for a limited time, besides the audit log. */
export enum RetentionCategory {
  /** Deleted after RETENTION_NOTIFICATIONS_DAYS. */
  NOTIFICATIONS = 'notifications',
  /** Stripped to kind, company and time after RETENTION_INTERACTIONS_DAYS. */
  INTERACTIONS = 'interactions',
}

/** Applies the period to the owning library's rows; answers how many rows it changed. Idempotent. */
export type RetentionPurge = (olderThanDays: number) => Promise<number>;

/**
 * The retention policy (periods, one nightly job) lives in core; the libraries that own the
 * tables register how their rows are purged, at module init. A category without a purge fails
 * the run rather than silently keeping data past its period.
 */
@Injectable()
export class RetentionRegistry {
  private readonly purges = new Map<RetentionCategory, RetentionPurge>();

  register(category: RetentionCategory, purge: RetentionPurge): void {
    if (this.purges.has(category)) throw new Error(`Retention of ${category} is registered twice`);
    this.purges.set(category, purge);
  }

  async purge(category: RetentionCategory, olderThanDays: number): Promise<number> {
    const purge = this.purges.get(category);
    if (!purge) throw new Error(`No retention purge is registered for ${category}: its library is not part of this application`);
    return purge(olderThanDays);
  }
}
