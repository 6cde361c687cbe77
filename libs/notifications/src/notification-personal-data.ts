import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistry, RetentionCategory, RetentionRegistry } from '@ytmt/core';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A user's notifications as personal data: the "notifications" section of their data export,
 * removed on erasure, and deleted after the retention period (core's RetentionJob decides it).
 */
@Injectable()
export class NotificationPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataRegistry,
    private readonly retention: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'notifications',
      export: (userId) => this.exportOf(userId),
      erase: (userId, manager) => this.erase(userId, manager),
    });
    this.retention.register(RetentionCategory.NOTIFICATIONS, (days) => this.deleteOlderThan(days));
  }

  async exportOf(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT type, title, body, created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt" FROM notification WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM notification WHERE user_id = $1', [userId]);
  }

  async deleteOlderThan(days: number): Promise<number> {
    const [, deleted]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM notification WHERE created_at < now() - make_interval(days => $1)`,
      [days],
    );
    return deleted;
  }
}
