import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdjustmentKey, DemandLevels, LanguageRequirement, MatchContext, MatchNeed, MatchProfile, MatchTask, MeasureKey } from './engine';

/** Needs the matcher works on: recruiting, and not yet filled or closed. */
export const OPEN_NEED_SQL = `'RECRUITMENT' = ANY(n.kinds) AND n.stage NOT IN ('FILLED', 'CLOSED')`;

interface ProfileRow {
  id: string;
  matching: boolean;
  skills: string[];
  occupations: string[];
  wished: string[];
  isco_groups: string[];
  home_municipality_code: string | null;
  home_latitude: number | null;
  home_longitude: number | null;
  commute_radius_km: number | null;
  acceptable_municipality_codes: string[];
  remote_ok: boolean;
  hours_min: number | null;
  hours_max: number | null;
  languages: LanguageRequirement[];
  driving_licences: string[];
  capability: DemandLevels | null;
  adjustments_needed: AdjustmentKey[] | null;
  updated_at: Date;
}

interface NeedRow {
  id: string;
  open: boolean;
  occupation_uri: string | null;
  isco_group: string | null;
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
  languages: LanguageRequirement[];
  adjustments_offered: AdjustmentKey[];
  measures_open_to: MeasureKey[];
  open_to_precision_capable: boolean;
  tasks: MatchTask[];
}

// The consent test here mirrors isConsentActive in the talent lib; SQL must decide it for bulk loads.
const PROFILE_SELECT = `
  SELECT p.id, p.updated_at,
    EXISTS (SELECT 1 FROM consent c WHERE c.profile_id = p.id AND c.scope = 'MATCHING'
             AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())) AS matching,
    coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri) FROM profile_skill s WHERE s.profile_id = p.id), '{}') AS skills,
    coalesce((SELECT array_agg(o.occupation_uri ORDER BY o.occupation_uri) FROM profile_occupation o WHERE o.profile_id = p.id AND NOT o.wished), '{}') AS occupations,
    coalesce((SELECT array_agg(o.occupation_uri ORDER BY o.occupation_uri) FROM profile_occupation o WHERE o.profile_id = p.id AND o.wished), '{}') AS wished,
    coalesce((SELECT array_agg(DISTINCT e.isco_group) FROM profile_occupation o JOIN esco_occupation e ON e.uri = o.occupation_uri WHERE o.profile_id = p.id), '{}') AS isco_groups,
    p.home_municipality_code, p.home_latitude, p.home_longitude, p.commute_radius_km, p.acceptable_municipality_codes,
    p.remote_ok, p.hours_min, p.hours_max, p.driving_licences,
    coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM profile_language l WHERE l.profile_id = p.id), '[]') AS languages,
    CASE WHEN w.profile_id IS NULL THEN NULL ELSE json_build_object(
      'PHYSICAL_STRAIN', w.physical_strain, 'STANDING_WALKING', w.standing_walking, 'LIFTING', w.lifting,
      'COGNITIVE_LOAD', w.cognitive_load, 'CUSTOMER_INTERACTION', w.customer_interaction, 'TIME_PRESSURE', w.time_pressure) END AS capability,
    w.adjustments_needed::text[] AS adjustments_needed
  FROM jobseeker_profile p LEFT JOIN work_ability_profile w ON w.profile_id = p.id`;

const NEED_SELECT = `
  SELECT n.id, (${OPEN_NEED_SQL}) AS open, n.occupation_uri, eo.isco_group,
    coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri) FROM need_skill s WHERE s.need_id = n.id AND s.required), '{}') AS required,
    coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri) FROM need_skill s WHERE s.need_id = n.id AND NOT s.required), '{}') AS wished,
    n.municipality_code, n.latitude, n.longitude, n.remote, n.hours_min, n.hours_max, n.part_time_possible, n.driving_licence,
    coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM need_language l WHERE l.need_id = n.id), '[]') AS languages,
    n.adjustments_offered::text[] AS adjustments_offered, n.measures_open_to::text[] AS measures_open_to, n.open_to_precision_capable,
    coalesce((SELECT json_agg(json_build_object('id', t.id, 'title', t.title, 'kind', t.kind, 'demands', json_build_object(
        'PHYSICAL_STRAIN', t.physical_strain, 'STANDING_WALKING', t.standing_walking, 'LIFTING', t.lifting,
        'COGNITIVE_LOAD', t.cognitive_load, 'CUSTOMER_INTERACTION', t.customer_interaction, 'TIME_PRESSURE', t.time_pressure))
      ORDER BY t.position) FROM need_task t WHERE t.need_id = n.id), '[]') AS tasks
  FROM need n LEFT JOIN esco_occupation eo ON eo.uri = n.occupation_uri`;

/** Reads needs and profiles into the engine's shapes, in bulk. Never reads identity. */
@Injectable()
export class MatchDataReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** ESCO occupations with their skills: the engine's reference data for relatedness. */
  async context(): Promise<MatchContext> {
    const rows: { uri: string; isco_group: string; essential: string[] | null; optional: string[] | null }[] = await this.dataSource.query(
      `SELECT o.uri, o.isco_group,
              array_agg(r.skill_uri ORDER BY r.skill_uri) FILTER (WHERE r.relation_type = 'essential') AS essential,
              array_agg(r.skill_uri ORDER BY r.skill_uri) FILTER (WHERE r.relation_type = 'optional') AS optional
         FROM esco_occupation o LEFT JOIN esco_occupation_skill r ON r.occupation_uri = o.uri
        GROUP BY o.uri, o.isco_group`,
    );
    return {
      occupations: new Map(rows.map((r) => [r.uri, { iscoGroup: r.isco_group, essentialSkills: r.essential ?? [], optionalSkills: r.optional ?? [] }])),
    };
  }

  async profiles(ids: readonly string[]): Promise<MatchProfile[]> {
    if (ids.length === 0) return [];
    const rows: ProfileRow[] = await this.dataSource.query(`${PROFILE_SELECT} WHERE p.id = ANY($1)`, [ids]);
    return rows.map(toMatchProfile);
  }

  /** Profiles changed since a time (consents included: they bump the profile). */
  async profilesChangedSince(since: Date): Promise<{ profiles: MatchProfile[]; latest: Date | null }> {
    const rows: ProfileRow[] = await this.dataSource.query(`${PROFILE_SELECT} WHERE p.updated_at > $1 ORDER BY p.updated_at`, [since]);
    return { profiles: rows.map(toMatchProfile), latest: rows.length > 0 ? rows[rows.length - 1].updated_at : null };
  }

  /** Every profile with a valid MATCHING consent, in keyset batches. */
  async *matchableProfiles(batchSize = 2000): AsyncGenerator<MatchProfile[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: ProfileRow[] = await this.dataSource.query(
        `${PROFILE_SELECT} WHERE p.id > $1
            AND EXISTS (SELECT 1 FROM consent c WHERE c.profile_id = p.id AND c.scope = 'MATCHING'
                         AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()))
          ORDER BY p.id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) return;
      yield rows.map(toMatchProfile);
      after = rows[rows.length - 1].id;
    }
  }

  async profileCount(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM jobseeker_profile');
    return row.n as number;
  }

  /** The need in the engine's shape, or null when it does not exist; `open` says whether it is matched at all. */
  async need(id: string, context: MatchContext): Promise<{ need: MatchNeed; open: boolean } | null> {
    const rows: NeedRow[] = await this.dataSource.query(`${NEED_SELECT} WHERE n.id = $1`, [id]);
    return rows.length === 0 ? null : { need: toMatchNeed(rows[0], context), open: rows[0].open };
  }

  async *openNeeds(context: MatchContext, batchSize = 1000): AsyncGenerator<MatchNeed[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: NeedRow[] = await this.dataSource.query(`${NEED_SELECT} WHERE n.id > $1 AND ${OPEN_NEED_SQL} ORDER BY n.id LIMIT $2`, [after, batchSize]);
      if (rows.length === 0) return;
      yield rows.map((row) => toMatchNeed(row, context));
      after = rows[rows.length - 1].id;
    }
  }

  async openNeedCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM need n WHERE ${OPEN_NEED_SQL}`);
    return row.n as number;
  }
}

function toMatchProfile(row: ProfileRow): MatchProfile {
  return {
    id: row.id,
    matchingConsent: row.matching,
    skills: row.skills,
    occupations: row.occupations,
    wishedOccupations: row.wished,
    iscoGroups: row.isco_groups,
    homeMunicipalityCode: row.home_municipality_code,
    home: row.home_latitude !== null && row.home_longitude !== null ? { latitude: row.home_latitude, longitude: row.home_longitude } : null,
    commuteRadiusKm: row.commute_radius_km,
    acceptableMunicipalityCodes: row.acceptable_municipality_codes,
    remoteOk: row.remote_ok,
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    languages: row.languages,
    drivingLicences: row.driving_licences,
    capability: row.capability,
    adjustmentsNeeded: row.adjustments_needed ?? [],
  };
}

/** The employer's skills plus the occupation's ESCO skills: required ones are essential, wished ones optional. */
function toMatchNeed(row: NeedRow, context: MatchContext): MatchNeed {
  const occupation = row.occupation_uri ? context.occupations.get(row.occupation_uri) : undefined;
  const essential = new Set([...row.required, ...(occupation?.essentialSkills ?? [])]);
  const optional = new Set([...row.wished, ...(occupation?.optionalSkills ?? [])].filter((uri) => !essential.has(uri)));
  return {
    id: row.id,
    occupationUri: row.occupation_uri,
    iscoGroup: row.isco_group,
    essentialSkills: [...essential],
    optionalSkills: [...optional],
    employerRequiredSkills: row.required,
    municipalityCode: row.municipality_code,
    location: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
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
