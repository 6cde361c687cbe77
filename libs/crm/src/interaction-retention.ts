import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RetentionCategory, RetentionRegistry } from '@ytmt/core';
import { DataSource } from 'typeorm';

/** What an interaction keeps after its retention period: that it happened, with whom, when. */
export const EXPIRED_INTERACTION_SUMMARY = '(Sisältö poistettu säilytysajan päätyttyä.)';

/**
 * The crm's part of the platform's retention policy (core's RetentionJob decides the period):
 * company interactions past it lose their free text and author, and keep kind, company and time.
 */
@Injectable()
export class InteractionRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly retention: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    this.retention.register(RetentionCategory.INTERACTIONS, (days) => this.stripOlderThan(days));
  }

  /** Idempotent: an interaction already stripped is not counted again. */
  async stripOlderThan(days: number): Promise<number> {
    const [, stripped]: [unknown[], number] = await this.dataSource.query(
      `UPDATE company_interaction SET summary = $2, outcome = NULL, next_step = NULL, author_user_id = NULL
        WHERE occurred_at < now() - make_interval(days => $1) AND summary <> $2`,
      [days, EXPIRED_INTERACTION_SUMMARY],
    );
    return stripped;
  }
}
