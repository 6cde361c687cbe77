import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Adjustment, LanguageLevel } from '@ytmt/needs';
import { DataSource, EntityManager } from 'typeorm';
import { ConsentScope, EducationLevel } from '../talent.enums';

/** Where a profile is kept and which of its consents hold right now. */
export interface ProfileConsents {
  employmentAreaId: string | null;
  activeScopes: ReadonlySet<ConsentScope>;
}

/** What an anonymised candidate card may show of a profile (the card decides what it shows). */
export interface CandidateProfileFacts {
  occupations: { uri: string; label: string }[];
  languages: { language: string; level: LanguageLevel }[];
  drivingLicences: string[];
  educationLevel: EducationLevel | null;
  hoursMin: number | null;
  hoursMax: number | null;
  remoteOk: boolean;
  adjustmentsNeeded: Adjustment[];
}

export interface CandidateIdentityFacts {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/**
 * For the matching lib's candidate lists and cards: consents, card facts and identities of many
 * profiles at once, one statement each. Consents are judged by the database clock, as
 * isConsentActive judges them in memory.
 */
@Injectable()
export class CandidateProfileReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Existing profiles only: a profile id absent from the map names no profile. */
  async consentsOf(profileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ProfileConsents>> {
    const unique = [...new Set(profileIds)];
    if (unique.length === 0) return new Map();
    const rows: { id: string; employment_area_id: string | null; scopes: ConsentScope[] }[] = await manager.query(
      `SELECT p.id, p.employment_area_id,
              coalesce(array_agg(c.scope::text) FILTER (WHERE c.scope IS NOT NULL), '{}') AS scopes
         FROM jobseeker_profile p
         LEFT JOIN consent c ON c.profile_id = p.id AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id`,
      [unique],
    );
    return new Map(rows.map((row) => [row.id, { employmentAreaId: row.employment_area_id, activeScopes: new Set(row.scopes) }]));
  }

  /** Whether the profile exists and holds the consent now. */
  async hasActiveConsent(profileId: string, scope: ConsentScope, manager?: EntityManager): Promise<boolean> {
    return (await this.consentsOf([profileId], manager)).get(profileId)?.activeScopes.has(scope) ?? false;
  }

  async cardFactsOf(profileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CandidateProfileFacts>> {
    const unique = [...new Set(profileIds)];
    if (unique.length === 0) return new Map();
    const rows: {
      id: string;
      occupations: { uri: string; label: string }[];
      languages: { language: string; level: LanguageLevel }[];
      driving_licences: string[];
      education_level: EducationLevel | null;
      hours_min: number | null;
      hours_max: number | null;
      remote_ok: boolean;
      adjustments_needed: Adjustment[] | null;
    }[] = await manager.query(
      `SELECT p.id,
              coalesce((SELECT json_agg(json_build_object('uri', o.occupation_uri, 'label', o.label) ORDER BY o.label) FROM profile_occupation o WHERE o.profile_id = p.id AND NOT o.wished), '[]') AS occupations,
              coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM profile_language l WHERE l.profile_id = p.id), '[]') AS languages,
              p.driving_licences, p.education_level, p.hours_min, p.hours_max, p.remote_ok,
              w.adjustments_needed::text[] AS adjustments_needed
         FROM jobseeker_profile p
         LEFT JOIN work_ability_profile w ON w.profile_id = p.id
        WHERE p.id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          occupations: row.occupations,
          languages: row.languages,
          drivingLicences: row.driving_licences,
          educationLevel: row.education_level,
          hoursMin: row.hours_min,
          hoursMax: row.hours_max,
          remoteOk: row.remote_ok,
          adjustmentsNeeded: row.adjustments_needed ?? [],
        },
      ]),
    );
  }

  /** Names and contacts: ask only for profiles whose identity the viewer may see. */
  async identitiesOf(profileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CandidateIdentityFacts>> {
    const unique = [...new Set(profileIds)];
    if (unique.length === 0) return new Map();
    const rows: { profile_id: string; first_name: string; last_name: string; email: string | null; phone: string | null }[] = await manager.query(
      'SELECT profile_id, first_name, last_name, email, phone FROM jobseeker_identity WHERE profile_id = ANY($1::uuid[])',
      [unique],
    );
    return new Map(rows.map((row) => [row.profile_id, { firstName: row.first_name, lastName: row.last_name, email: row.email, phone: row.phone }]));
  }
}
