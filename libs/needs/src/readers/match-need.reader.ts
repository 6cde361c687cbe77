import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Adjustment, DemandDimension, LanguageLevel, Measure, TaskKind } from '../need.enums';

/** Needs the matcher works on: recruiting, and not yet filled or closed (`n` is the need). */
export const OPEN_NEED_SQL = `'RECRUITMENT' = ANY(n.kinds) AND n.stage NOT IN ('FILLED', 'CLOSED')`;

/** A need as the matcher reads it: the employer's requirements, skills split by required. */
export interface NeedMatchFacts {
  id: string;
  /** Recruiting, and not yet filled or closed (OPEN_NEED_SQL). */
  open: boolean;
  occupationUri: string | null;
  /** The employer's required skill URIs, sorted. */
  requiredSkills: string[];
  /** The employer's wished skill URIs, sorted. */
  wishedSkills: string[];
  municipalityCode: string | null;
  latitude: number | null;
  longitude: number | null;
  remote: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  partTimePossible: boolean;
  drivingLicence: string | null;
  /** Sorted by language. */
  languages: { language: string; level: LanguageLevel }[];
  adjustmentsOffered: Adjustment[];
  measuresOpenTo: Measure[];
  openToPrecisionCapable: boolean;
  /** In the employer's order. */
  tasks: { id: string; title: string; kind: TaskKind; demands: Record<DemandDimension, number> }[];
}

interface NeedRow {
  id: string;
  open: boolean;
  occupation_uri: string | null;
  required: string[];
  wished: string[];
  municipality_code: string | null;
  latitude: number | null;
  longitude: number | null;
  remote: boolean;
  hours_min: number | null;
  hours_max: number | null;
  part_time_possible: boolean;
  driving_licence: string | null;
  languages: NeedMatchFacts['languages'];
  adjustments_offered: Adjustment[];
  measures_open_to: Measure[];
  open_to_precision_capable: boolean;
  tasks: NeedMatchFacts['tasks'];
}

// One statement per batch: the parts are aggregated per need in subqueries.
const NEED_SELECT = `
  SELECT n.id, (${OPEN_NEED_SQL}) AS open, n.occupation_uri,
    coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri) FROM need_skill s WHERE s.need_id = n.id AND s.required), '{}') AS required,
    coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri) FROM need_skill s WHERE s.need_id = n.id AND NOT s.required), '{}') AS wished,
    n.municipality_code, n.latitude, n.longitude, n.remote, n.hours_min, n.hours_max, n.part_time_possible, n.driving_licence,
    coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM need_language l WHERE l.need_id = n.id), '[]') AS languages,
    n.adjustments_offered::text[] AS adjustments_offered, n.measures_open_to::text[] AS measures_open_to, n.open_to_precision_capable,
    coalesce((SELECT json_agg(json_build_object('id', t.id, 'title', t.title, 'kind', t.kind, 'demands', json_build_object(
        'PHYSICAL_STRAIN', t.physical_strain, 'STANDING_WALKING', t.standing_walking, 'LIFTING', t.lifting,
        'COGNITIVE_LOAD', t.cognitive_load, 'CUSTOMER_INTERACTION', t.customer_interaction, 'TIME_PRESSURE', t.time_pressure))
      ORDER BY t.position) FROM need_task t WHERE t.need_id = n.id), '[]') AS tasks
  FROM need n`;

/**
 * For the matching library: needs in the shape the matcher reads them, in bulk, and which of
 * them are no longer matched. Needs by id for display are NeedSummaryReader's.
 */
@Injectable()
export class MatchNeedReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The need, open or not, or null when it does not exist. */
  async matchFacts(id: string): Promise<NeedMatchFacts | null> {
    const rows: NeedRow[] = await this.dataSource.query(`${NEED_SELECT} WHERE n.id = $1`, [id]);
    return rows.length === 0 ? null : toFacts(rows[0]);
  }

  /** Open needs after `afterId` in id order, at most `limit`: one keyset batch. */
  async openMatchFacts(afterId: string, limit: number): Promise<NeedMatchFacts[]> {
    const rows: NeedRow[] = await this.dataSource.query(`${NEED_SELECT} WHERE n.id > $1 AND ${OPEN_NEED_SQL} ORDER BY n.id LIMIT $2`, [afterId, limit]);
    return rows.map(toFacts);
  }

  async openCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM need n WHERE ${OPEN_NEED_SQL}`);
    return row.n as number;
  }

  /**
   * Of these ids, the needs that exist and are not open (filled, closed or not recruiting). With
   * `lock`, the needs reported are locked FOR SHARE until the caller's transaction ends, so a
   * concurrent reopen waits until the caller has acted on their being closed.
   */
  async closedAmong(ids: readonly string[], manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<string[]> {
    if (ids.length === 0) return [];
    // In id order: rows are always locked in one order.
    const rows: { id: string }[] = await manager.query(
      `SELECT n.id FROM need n WHERE n.id = ANY($1::uuid[]) AND NOT (${OPEN_NEED_SQL})${options.lock ? ' ORDER BY n.id FOR SHARE' : ''}`,
      [ids],
    );
    return rows.map((row) => row.id);
  }
}

function toFacts(row: NeedRow): NeedMatchFacts {
  return {
    id: row.id,
    open: row.open,
    occupationUri: row.occupation_uri,
    requiredSkills: row.required,
    wishedSkills: row.wished,
    municipalityCode: row.municipality_code,
    latitude: row.latitude,
    longitude: row.longitude,
    remote: row.remote,
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    partTimePossible: row.part_time_possible,
    drivingLicence: row.driving_licence,
    languages: row.languages,
    adjustmentsOffered: row.adjustments_offered,
    measuresOpenTo: row.measures_open_to,
    openToPrecisionCapable: row.open_to_precision_capable,
    tasks: row.tasks,
  };
}
