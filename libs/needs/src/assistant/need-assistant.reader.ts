import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AssistantFlag } from './need-assistant.rules';

/** A flag an employer dismissed, with the need's company and place, for the indicators. */
export interface NeedAssistantDismissalRow {
  needId: string;
  organizationId: string;
  municipalityCode: string | null;
  code: string;
  subject: string;
  reason: string;
  dismissedAt: Date;
}

/** For other domains (the indicators): the assistant's stored results and the dismissals with reasons. */
@Injectable()
export class NeedAssistantReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Dismissals made in [from, to) and not undone, oldest first. */
  async dismissalsBetween(from: Date, to: Date, manager: EntityManager = this.dataSource.manager): Promise<NeedAssistantDismissalRow[]> {
    const rows: { need_id: string; organization_id: string; municipality_code: string | null; code: string; subject: string; reason: string; dismissed_at: Date }[] =
      await manager.query(
        `SELECT d.need_id, n.organization_id, n.municipality_code, d.code, d.subject, d.reason, d.dismissed_at
           FROM need_assistant_dismissal d JOIN need n ON n.id = d.need_id
          WHERE d.dismissed_at >= $1 AND d.dismissed_at < $2 AND d.undone_at IS NULL
          ORDER BY d.dismissed_at, d.id`,
        [from, to],
      );
    return rows.map((row) => ({
      needId: row.need_id,
      organizationId: row.organization_id,
      municipalityCode: row.municipality_code,
      code: row.code,
      subject: row.subject,
      reason: row.reason,
      dismissedAt: row.dismissed_at,
    }));
  }

  /** The flags stored when each need was last saved; needs never assessed are absent. */
  async flagsOf(needIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AssistantFlag[]>> {
    if (needIds.length === 0) return new Map();
    const rows: { need_id: string; flags: AssistantFlag[] }[] = await manager.query('SELECT need_id, flags FROM need_assistant_result WHERE need_id = ANY($1::uuid[])', [
      [...new Set(needIds)],
    ]);
    return new Map(rows.map((row) => [row.need_id, row.flags]));
  }
}
