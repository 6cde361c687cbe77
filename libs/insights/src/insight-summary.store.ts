import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Contribution, contributionDelta } from './contributions';

/** One summary row as the queries read it. */
export interface CellRow {
  areaId: string;
  municipalityCode: string;
  month: string;
  metric: string;
  dimension: string;
  count: number;
  totalHours: number;
}

const UPSERT_BATCH = 500;

/** The insights' own tables: summary cells, each need's last contribution, the change feed's watermark. */
@Injectable()
export class InsightSummaryStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Replaces each need's contributions, applying to the cells only what changed. Runs in the
   * caller's transaction; the needs' state rows are locked first (in id order) so that two
   * refreshes of one need apply their differences one after the other.
   */
  async replace(manager: EntityManager, next: ReadonlyMap<string, Contribution[]>): Promise<number> {
    const ids = [...next.keys()].sort();
    if (ids.length === 0) return 0;
    await manager.query(
      `INSERT INTO insight_need_state (need_id, contributions) SELECT unnest($1::uuid[]), '[]'::jsonb ON CONFLICT (need_id) DO NOTHING`,
      [ids],
    );
    const rows: { need_id: string; contributions: Contribution[] }[] = await manager.query(
      `SELECT need_id, contributions FROM insight_need_state WHERE need_id = ANY($1::uuid[]) ORDER BY need_id FOR UPDATE`,
      [ids],
    );
    const delta: Contribution[] = [];
    const changed: string[] = [];
    for (const row of rows) {
      const change = contributionDelta(row.contributions, next.get(row.need_id) ?? []);
      if (change.length === 0) continue;
      delta.push(...change);
      changed.push(row.need_id);
    }
    await this.applyDelta(manager, delta);
    if (changed.length > 0) {
      await manager.query(
        `UPDATE insight_need_state s SET contributions = v.contributions, refreshed_at = now()
           FROM (SELECT unnest($1::uuid[]) AS need_id, unnest($2::jsonb[]) AS contributions) v
          WHERE s.need_id = v.need_id`,
        [changed, changed.map((id) => JSON.stringify(next.get(id) ?? []))],
      );
    }
    return changed.length;
  }

  private async applyDelta(manager: EntityManager, delta: readonly Contribution[]): Promise<void> {
    // One statement per batch, rows merged by key first: a key twice in one INSERT … ON CONFLICT is an error.
    const merged = new Map<string, Contribution>();
    for (const c of delta) {
      const key = `${c.areaId}|${c.municipalityCode}|${c.month}|${c.metric}|${c.dimension}`;
      const existing = merged.get(key);
      if (existing) {
        existing.count += c.count;
        existing.totalHours += c.totalHours;
      } else merged.set(key, { ...c });
    }
    const all = [...merged.values()].sort((a, b) => (a.areaId + a.municipalityCode + a.month + a.metric + a.dimension).localeCompare(b.areaId + b.municipalityCode + b.month + b.metric + b.dimension));
    for (let start = 0; start < all.length; start += UPSERT_BATCH) {
      const batch = all.slice(start, start + UPSERT_BATCH);
      await manager.query(
        `INSERT INTO insight_cell (area_id, municipality_code, month, metric, dimension, count, total_hours)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::int[], $7::float8[])
         ON CONFLICT (area_id, municipality_code, month, metric, dimension)
         DO UPDATE SET count = insight_cell.count + EXCLUDED.count, total_hours = insight_cell.total_hours + EXCLUDED.total_hours`,
        [
          batch.map((c) => c.areaId),
          batch.map((c) => c.municipalityCode),
          batch.map((c) => c.month),
          batch.map((c) => c.metric),
          batch.map((c) => c.dimension),
          batch.map((c) => c.count),
          batch.map((c) => c.totalHours),
        ],
      );
    }
  }

  /** Cells of some areas (or all when `areaIds` is null) in a month range, optionally only some metrics. */
  async cells(filter: { areaIds: readonly string[] | null; fromMonth: string; toMonth: string }, manager: EntityManager = this.dataSource.manager): Promise<CellRow[]> {
    const rows: { area_id: string; municipality_code: string; month: string; metric: string; dimension: string; count: number; total_hours: number }[] = await manager.query(
      `SELECT area_id, municipality_code, to_char(month, 'YYYY-MM-DD') AS month, metric, dimension, count, total_hours
         FROM insight_cell
        WHERE month BETWEEN $1::date AND $2::date AND ($3::uuid[] IS NULL OR area_id = ANY($3::uuid[]))`,
      [filter.fromMonth, filter.toMonth, filter.areaIds],
    );
    return rows.map((row) => ({
      areaId: row.area_id,
      municipalityCode: row.municipality_code,
      month: row.month,
      metric: row.metric,
      dimension: row.dimension,
      count: row.count,
      totalHours: row.total_hours,
    }));
  }

  /** Cells per area (municipalities summed) of all areas in a month range: the public table's input. */
  async areaCells(fromMonth: string, toMonth: string, metrics: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CellRow[]> {
    const rows: { area_id: string; month: string; metric: string; dimension: string; count: number; total_hours: number }[] = await manager.query(
      `SELECT area_id, to_char(month, 'YYYY-MM-DD') AS month, metric, dimension, sum(count)::int AS count, sum(total_hours)::float8 AS total_hours
         FROM insight_cell
        WHERE month BETWEEN $1::date AND $2::date AND metric = ANY($3::text[])
        GROUP BY area_id, month, metric, dimension`,
      [fromMonth, toMonth, metrics],
    );
    return rows.map((row) => ({ areaId: row.area_id, municipalityCode: '', month: row.month, metric: row.metric, dimension: row.dimension, count: row.count, totalHours: row.total_hours }));
  }

  async watermark(name: string, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const rows: { watermark: Date }[] = await manager.query(`SELECT watermark FROM insight_sync_state WHERE name = $1`, [name]);
    return rows[0]?.watermark ?? null;
  }

  async setWatermark(name: string, watermark: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO insight_sync_state (name, watermark) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET watermark = GREATEST(insight_sync_state.watermark, EXCLUDED.watermark)`,
      [name, watermark],
    );
  }

  /** Locks the named sync so that one refresh follows the feed at a time (transaction-scoped advisory lock). */
  async tryLock(manager: EntityManager, name: string): Promise<boolean> {
    const [row]: { locked: boolean }[] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('insights:' || $1)) AS locked`, [name]);
    return row.locked;
  }
}
