import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Adjustment, DemandDimension, LanguageLevel } from '@ytmt/needs';
import { DataSource } from 'typeorm';

/** A profile as the matcher reads it: pseudonymous, with its MATCHING consent decided now. */
export interface ProfileMatchFacts {
  id: string;
  /** Holds a valid MATCHING consent right now (the SQL twin of isConsentActive). */
  matchingConsent: boolean;
  /** Skill URIs, sorted. */
  skills: string[];
  /** Occupations worked in (URIs, sorted). */
  occupations: string[];
  /** Wished occupations (URIs, sorted). */
  wishedOccupations: string[];
  homeMunicipalityCode: string | null;
  homeLatitude: number | null;
  homeLongitude: number | null;
  commuteRadiusKm: number | null;
  acceptableMunicipalityCodes: string[];
  remoteOk: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  /** Sorted by language. */
  languages: { language: string; level: LanguageLevel }[];
  drivingLicences: string[];
  /** Null when no work-ability profile is recorded. */
  capability: Record<DemandDimension, number> | null;
  adjustmentsNeeded: Adjustment[];
  updatedAt: Date;
}

interface ProfileRow {
  id: string;
  matching: boolean;
  skills: string[];
  occupations: string[];
  wished: string[];
  home_municipality_code: string | null;
  home_latitude: number | null;
  home_longitude: number | null;
  commute_radius_km: number | null;
  acceptable_municipality_codes: string[];
  remote_ok: boolean;
  hours_min: number | null;
  hours_max: number | null;
  languages: ProfileMatchFacts['languages'];
  driving_licences: string[];
  capability: ProfileMatchFacts['capability'];
  adjustments_needed: Adjustment[] | null;
  updated_at: Date;
}

// The consent test mirrors isConsentActive (consent-rules.ts); SQL must decide it for bulk loads.
const MATCHING_CONSENT_SQL = `EXISTS (SELECT 1 FROM consent c WHERE c.profile_id = p.id AND c.scope = 'MATCHING'
             AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()))`;

// One statement per batch: the parts are aggregated per profile in subqueries.
const PROFILE_SELECT = `
  SELECT p.id, p.updated_at,
    ${MATCHING_CONSENT_SQL} AS matching,
    coalesce((SELECT array_agg(s.skill_uri ORDER BY s.skill_uri) FROM profile_skill s WHERE s.profile_id = p.id), '{}') AS skills,
    coalesce((SELECT array_agg(o.occupation_uri ORDER BY o.occupation_uri) FROM profile_occupation o WHERE o.profile_id = p.id AND NOT o.wished), '{}') AS occupations,
    coalesce((SELECT array_agg(o.occupation_uri ORDER BY o.occupation_uri) FROM profile_occupation o WHERE o.profile_id = p.id AND o.wished), '{}') AS wished,
    p.home_municipality_code, p.home_latitude, p.home_longitude, p.commute_radius_km, p.acceptable_municipality_codes,
    p.remote_ok, p.hours_min, p.hours_max, p.driving_licences,
    coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM profile_language l WHERE l.profile_id = p.id), '[]') AS languages,
    CASE WHEN w.profile_id IS NULL THEN NULL ELSE json_build_object(
      'PHYSICAL_STRAIN', w.physical_strain, 'STANDING_WALKING', w.standing_walking, 'LIFTING', w.lifting,
      'COGNITIVE_LOAD', w.cognitive_load, 'CUSTOMER_INTERACTION', w.customer_interaction, 'TIME_PRESSURE', w.time_pressure) END AS capability,
    w.adjustments_needed::text[] AS adjustments_needed
  FROM jobseeker_profile p LEFT JOIN work_ability_profile w ON w.profile_id = p.id`;

/** For the matching library: profiles in the shape the matcher reads them, in bulk. Never reads identity. */
@Injectable()
export class MatchProfileReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<ProfileMatchFacts[]> {
    if (ids.length === 0) return [];
    const rows: ProfileRow[] = await this.dataSource.query(`${PROFILE_SELECT} WHERE p.id = ANY($1)`, [ids]);
    return rows.map(toFacts);
  }

  /** Profiles changed since a time, oldest change first (consents bump the profile too). */
  async changedSince(since: Date): Promise<ProfileMatchFacts[]> {
    const rows: ProfileRow[] = await this.dataSource.query(`${PROFILE_SELECT} WHERE p.updated_at > $1 ORDER BY p.updated_at`, [since]);
    return rows.map(toFacts);
  }

  /** Profiles with a valid MATCHING consent after `afterId` in id order, at most `limit`: one keyset batch. */
  async matchableAfter(afterId: string, limit: number): Promise<ProfileMatchFacts[]> {
    const rows: ProfileRow[] = await this.dataSource.query(
      `${PROFILE_SELECT} WHERE p.id > $1
          AND ${MATCHING_CONSENT_SQL}
        ORDER BY p.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(toFacts);
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM jobseeker_profile');
    return row.n as number;
  }
}

function toFacts(row: ProfileRow): ProfileMatchFacts {
  return {
    id: row.id,
    matchingConsent: row.matching,
    skills: row.skills,
    occupations: row.occupations,
    wishedOccupations: row.wished,
    homeMunicipalityCode: row.home_municipality_code,
    homeLatitude: row.home_latitude,
    homeLongitude: row.home_longitude,
    commuteRadiusKm: row.commute_radius_km,
    acceptableMunicipalityCodes: row.acceptable_municipality_codes,
    remoteOk: row.remote_ok,
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    languages: row.languages,
    drivingLicences: row.driving_licences,
    capability: row.capability,
    adjustmentsNeeded: row.adjustments_needed ?? [],
    updatedAt: row.updated_at,
  };
}
