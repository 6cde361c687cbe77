// The generated area of `npm run bench:web -- --large`: the demo Lahti employment area grown to
// 2 000 company accounts (with their CRM parts and audit events), ~200 services waiting for
// moderation, and a need with 500 candidates — written in bulk SQL into the bench's own database,
// the way the statement-count e2e tests and the demo seeders write the owning libraries' tables.
import type { Client } from 'pg';
import { NEED_INPUT, KEEP_ORDER, PICK_ORDERS, RECEIVE_GOODS } from '../../test/factories/matching.factory';

export const COORDINATOR = 'koordinaattori.lahti@ytmt.example';
export const AREA_ADMIN = 'aluevastaava.lahti@ytmt.example';
export const EMPLOYER = 'tyonantaja.lahti@ytmt.example';
const EMPLOYER_COMPANY = 'Lahden Konepaja Oy';
const BATCH = 500;

export interface Area {
  areaId: string;
  helsinkiAreaId: string;
  coordinatorUserId: string;
  companyId: string;
}

type Progress = (line: string) => void;

export async function lahtiArea(db: Client): Promise<Area> {
  const one = async (sql: string, params: unknown[] = []) => {
    const { rows } = await db.query<{ id: string }>(sql, params);
    if (!rows[0]) throw new Error(`Not in the demo data: ${sql} ${JSON.stringify(params)}`);
    return rows[0].id;
  };
  return {
    areaId: await one(`SELECT id FROM employment_area WHERE code = 'lahti'`),
    helsinkiAreaId: await one(`SELECT id FROM employment_area WHERE code = 'helsinki'`),
    coordinatorUserId: await one('SELECT id FROM app_user WHERE email = $1', [COORDINATOR]),
    companyId: await one('SELECT id FROM organization WHERE name = $1', [EMPLOYER_COMPANY]),
  };
}

/** A valid Y-tunnus for a running number (the 81xxxxx range, unused by the demo), or null when no check digit fits. */
function businessId(serial: number): string | null {
  const digits = String(8_100_000 + serial);
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = [...digits].reduce((sum, digit, i) => sum + Number(digit) * weights[i], 0) % 11;
  if (remainder === 1) return null;
  return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
}

let nextSerial = 1;
const SECTIONS = [
  ['C', '25.62'],
  ['G', '47.11'],
  ['H', '49.41'],
  ['M', '69.20'],
  ['Q', '87.30'],
  ['F', '43.21'],
] as const;
const SIZES = ['MICRO_1_9', 'SMALL_10_49', 'MEDIUM_50_249', 'LARGE_250_PLUS'] as const;

/**
 * `count` more company accounts at home in Lahti, each with its CRM parts as the company list
 * shows them (two tags, a responsible coordinator, a share with Helsinki, two operating
 * municipalities) and three audit events about it in the area.
 */
export async function addCompanies(db: Client, area: Area, count: number, label: string, progress: Progress): Promise<void> {
  for (let done = 0; done < count; ) {
    const size = Math.min(BATCH, count - done);
    const names: string[] = [];
    const ids: string[] = [];
    const sections: string[] = [];
    const codes: string[] = [];
    const sizes: string[] = [];
    for (let i = 0; i < size; i++) {
      let id: string | null = null;
      while (id === null) id = businessId(nextSerial++);
      const n = done + i + 1;
      const [section, code] = SECTIONS[n % SECTIONS.length];
      names.push(`Penkki ${label} ${String(n).padStart(4, '0')} Oy`);
      ids.push(id);
      sections.push(section);
      codes.push(code);
      sizes.push(SIZES[n % SIZES.length]);
    }
    await db.query('BEGIN');
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO organization (name, sector, type, business_id, home_municipality_code)
       SELECT name, 'PRIVATE', 'COMPANY', business_id, '398' FROM unnest($1::text[], $2::text[]) AS t(name, business_id) RETURNING id`,
      [names, ids],
    );
    const orgIds = rows.map((row) => row.id);
    await db.query(
      `INSERT INTO company_profile (organization_id, industry_section, industry_code, size_class, home_municipality_code, home_employment_area_id, verification_status)
       SELECT o, s, c, z::company_size_class, '398', $5, 'VERIFIED' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(o, s, c, z)`,
      [orgIds, sections, codes, sizes, area.areaId],
    );
    await db.query(
      `INSERT INTO company_operating_municipality (organization_id, municipality_code) SELECT o, m FROM unnest($1::uuid[]) o, unnest('{398,111}'::text[]) m`,
      [orgIds],
    );
    await db.query(`INSERT INTO company_tag (organization_id, tag) SELECT o, t FROM unnest($1::uuid[]) o, unnest('{metalli,rekrytointi}'::text[]) t`, [orgIds]);
    await db.query('INSERT INTO company_responsible_coordinator (organization_id, user_id) SELECT o, $2 FROM unnest($1::uuid[]) o', [
      orgIds,
      area.coordinatorUserId,
    ]);
    await db.query('INSERT INTO company_area_share (organization_id, employment_area_id) SELECT o, $2 FROM unnest($1::uuid[]) o', [orgIds, area.helsinkiAreaId]);
    // What the area's staff did with the accounts, spread over the last 90 days.
    await db.query(
      `INSERT INTO audit_event (at, actor_user_id, action, resource_type, resource_id, organization_id, employment_area_id, details)
       SELECT now() - random() * interval '90 days', $2, a, 'company', o::text, o, $3, '{}'::jsonb
         FROM unnest($1::uuid[]) o, unnest('{VERIFY_COMPANY,READ_CONTACT_PERSONS,READ_INTERACTIONS}'::text[]) a`,
      [orgIds, area.coordinatorUserId, area.areaId],
    );
    await db.query('COMMIT');
    done += size;
    progress(`  companies (${label}): ${done}/${count}, with ${done * 3} audit events`);
  }
}

/**
 * `count` copies of a published Lahti service, submitted for moderation (one submission per
 * copy, the oldest first), with its coverage, categories, locations and prices.
 */
export async function addSubmittedServices(db: Client, area: Area, count: number, label: string, progress: Progress): Promise<void> {
  const { rows: templates } = await db.query<{ id: string }>(
    `SELECT s.id FROM service s WHERE s.status = 'PUBLISHED' AND NOT s.is_national
        AND EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND sa.employment_area_id = $1)
      ORDER BY s.name_fi LIMIT 1`,
    [area.areaId],
  );
  if (!templates[0]) throw new Error('The demo data has no published service in the Lahti area to copy');
  const template = templates[0].id;
  const columnsOf = async (table: string, except: string[]) =>
    (
      await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [table],
      )
    ).rows
      .map((row) => row.column_name)
      .filter((column) => !except.includes(column))
      .map((column) => `"${column}"`);
  const columns = (await columnsOf('service', ['id'])).join(', ');
  await db.query('BEGIN');
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO service (${columns}) SELECT ${columns} FROM service, generate_series(1, $2) WHERE id = $1 RETURNING id`,
    [template, count],
  );
  const ids = rows.map((row) => row.id);
  for (const part of ['service_area', 'service_taxonomy_term', 'service_location', 'service_cost_option']) {
    const own = await columnsOf(part, ['id', 'service_id']);
    await db.query(
      `INSERT INTO ${part} (service_id${own.map((c) => `, ${c}`).join('')})
       SELECT clone.id${own.map((c) => `, source.${c}`).join('')} FROM unnest($1::uuid[]) AS clone(id) CROSS JOIN ${part} source WHERE source.service_id = $2`,
      [ids, template],
    );
  }
  await db.query(
    `UPDATE service s SET status = 'SUBMITTED', published_at = NULL, approved_employment_area_ids = '{}', submitted_at = now() - (t.n || ' minutes')::interval,
            name_fi = 'Penkkipalvelu ' || $2 || ' ' || lpad(t.n::text, 3, '0')
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) WHERE s.id = t.id`,
    [ids, label],
  );
  await db.query('COMMIT');
  progress(`  services waiting for moderation (${label}): ${count}`);
}

/** A new need of the demo employer in Lahti, created through the API (as a person would). */
export async function createNeed(graphql: <T>(query: string, variables: Record<string, unknown>) => Promise<T>, area: Area, title: string): Promise<string> {
  const { createNeed } = await graphql<{ createNeed: { id: string } }>(
    'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
    { companyId: area.companyId, input: { ...NEED_INPUT, title } },
  );
  return createNeed.id;
}

/**
 * What the engine would have stored for a suggestion. The missing essential skills vary over
 * every combination the need allows, so that a page of rows asks for every gap search it can.
 */
const MISSING = [[RECEIVE_GOODS], [PICK_ORDERS], [PICK_ORDERS, RECEIVE_GOODS], []];
const explanation = (i: number) => ({
  matchedEssentialSkills: [PICK_ORDERS, RECEIVE_GOODS].filter((skill) => !MISSING[i % MISSING.length].includes(skill)),
  missingEssentialSkills: MISSING[i % MISSING.length],
  matchedOptionalSkills: [KEEP_ORDER],
  occupationRelation: 'SAME_OCCUPATION',
  tasks: [{ taskId: 'task-1', title: 'Tilausten keräily', kind: 'CORE', exceededDimensions: ['LIFTING'], outcome: 'ADJUSTED', adjustmentsRelied: ['WORKING_TIME'] }],
  carvedOutTaskIds: [],
  adjustmentsRelied: ['WORKING_TIME'],
  adjustmentsNotOffered: [],
  distanceKm: 5 + (i % 70),
  placeReason: 'WITHIN_RADIUS',
  missingLanguages: [],
  missingDrivingLicence: null,
  parts: { skills: 0.8, occupation: 1, place: 0.9, workingTime: 1, capabilityFit: 0.7, adjustments: 0.8, language: 1, drivingLicence: 1 },
});

/**
 * `count` generated jobseeker profiles suggested for the need (match_result rows), each with an
 * active MATCHING consent; every other one lives in the Lahti area, every third also consents
 * to sharing adjustment needs, every fourth has a coordinator's status and a share request.
 */
export async function addCandidates(db: Client, area: Area, needId: string, count: number, label: string, progress: Progress): Promise<void> {
  for (let done = 0; done < count; ) {
    const size = Math.min(BATCH, count - done);
    const pseudonyms: string[] = [];
    const areas: (string | null)[] = [];
    const scores: number[] = [];
    const explanations: string[] = [];
    for (let i = done; i < done + size; i++) {
      pseudonyms.push(`Penkki-${label}-${i}-${needId.slice(0, 8)}`);
      areas.push(i % 2 === 0 ? area.areaId : null);
      scores.push(0.95 - i / (count * 2));
      explanations.push(JSON.stringify(explanation(i)));
    }
    await db.query('BEGIN');
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
       SELECT p, a, '398', 20, 37, '{B}' FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS t(p, a, n) ORDER BY n RETURNING id`,
      [pseudonyms, areas],
    );
    const profileIds = rows.map((row) => row.id);
    const sharing = profileIds.filter((_, i) => (done + i) % 3 === 0);
    await db.query(`INSERT INTO consent (profile_id, scope, granted_at) SELECT p, 'MATCHING', now() FROM unnest($1::uuid[]) p`, [profileIds]);
    await db.query(`INSERT INTO consent (profile_id, scope, granted_at) SELECT p, 'SHARE_ADJUSTMENT_NEEDS', now() FROM unnest($1::uuid[]) p`, [sharing]);
    await db.query(
      `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at)
       SELECT $1, p, s, e::jsonb, 'match-bench', now() FROM unnest($2::uuid[], $3::float8[], $4::text[]) AS t(p, s, e)`,
      [needId, profileIds, scores, explanations],
    );
    const shortlisted = profileIds.filter((_, i) => (done + i) % 4 === 0);
    await db.query(
      `WITH c AS (INSERT INTO candidate (need_id, profile_id, source, coordinator_status)
                  SELECT $1, p, 'SUGGESTED', 'RELEVANT' FROM unnest($2::uuid[]) p RETURNING id, profile_id)
       INSERT INTO share_request (candidate_id, profile_id, status, deadline, requested_by_user_id)
       SELECT id, profile_id, 'REQUESTED', now() + interval '2 days', $3 FROM c`,
      [needId, shortlisted, area.coordinatorUserId],
    );
    await db.query('COMMIT');
    done += size;
    progress(`  candidates (${label}): ${done}/${count}`);
  }
}
