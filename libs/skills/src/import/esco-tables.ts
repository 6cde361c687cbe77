import { EntityManager } from 'typeorm';
import { IscoGroupRow, OccupationRow, RelationRow, SkillRow } from './esco-sources';

// How the importer writes the ESCO tables: plain SQL, because an upsert of 124 000 rows through
// the entity layer would be far slower and could not skip unchanged rows.

export interface TableSpec<T> {
  table: string;
  key: readonly string[];
  /** Column name → SQL array type → value of a row. */
  columns: readonly [string, string, (row: T) => string | number | null][];
}

export const ISCO_TABLE: TableSpec<IscoGroupRow> = {
  table: 'isco_group',
  key: ['code'],
  columns: [
    ['code', 'text', (r) => r.code],
    ['level', 'smallint', (r) => r.level],
    ['parent_code', 'text', (r) => r.parentCode],
    ['uri', 'text', (r) => r.uri],
    ['name_fi', 'text', (r) => r.nameFi],
    ['name_sv', 'text', (r) => r.nameSv],
    ['name_en', 'text', (r) => r.nameEn],
  ],
};

export const OCCUPATION_TABLE: TableSpec<OccupationRow> = {
  table: 'esco_occupation',
  key: ['uri'],
  columns: [
    ['uri', 'text', (r) => r.uri],
    ['code', 'text', (r) => r.code],
    ['isco_group', 'text', (r) => r.iscoGroup],
    ['label_fi', 'text', (r) => r.labelFi],
    ['label_sv', 'text', (r) => r.labelSv],
    ['label_en', 'text', (r) => r.labelEn],
    ['broader_uri', 'text', (r) => r.broaderUri],
  ],
};

export const SKILL_TABLE: TableSpec<SkillRow> = {
  table: 'esco_skill',
  key: ['uri'],
  columns: [
    ['uri', 'text', (r) => r.uri],
    ['skill_type', 'text', (r) => r.skillType],
    ['reuse_level', 'text', (r) => r.reuseLevel],
    ['label_fi', 'text', (r) => r.labelFi],
    ['label_sv', 'text', (r) => r.labelSv],
    ['label_en', 'text', (r) => r.labelEn],
  ],
};

export const RELATION_TABLE: TableSpec<RelationRow> = {
  table: 'esco_occupation_skill',
  key: ['occupation_uri', 'skill_uri'],
  columns: [
    ['occupation_uri', 'text', (r) => r.occupationUri],
    ['skill_uri', 'text', (r) => r.skillUri],
    ['relation_type', 'esco_relation_type', (r) => r.relationType],
  ],
};

/**
 * One statement per batch: the rows travel as one array parameter per column (unnest), which
 * keeps the statement small whatever the batch size. Unchanged rows are not rewritten.
 */
export async function upsert<T>(manager: EntityManager, spec: TableSpec<T>, rows: readonly T[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const names = spec.columns.map(([name]) => `"${name}"`);
  const unnest = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const updatable = spec.columns.map(([name]) => name).filter((name) => !spec.key.includes(name));
  const target = (name: string) => `"${spec.table}"."${name}"`;
  const sql =
    `INSERT INTO "${spec.table}" (${names.join(', ')}) SELECT * FROM unnest(${unnest}) ` +
    `ON CONFLICT (${spec.key.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET ` +
    updatable.map((name) => `"${name}" = EXCLUDED."${name}"`).join(', ') +
    ` WHERE (${updatable.map(target).join(', ')}) IS DISTINCT FROM (${updatable.map((name) => `EXCLUDED."${name}"`).join(', ')})` +
    // xmax is 0 for a freshly inserted row version and set for an updated one.
    ` RETURNING (xmax = 0) AS inserted`;
  const parameters = spec.columns.map(([, , value]) => rows.map(value));
  const result = (await manager.query(sql, parameters)) as { inserted: boolean }[];
  const inserted = result.filter((row) => row.inserted).length;
  return { inserted, updated: result.length - inserted };
}

export async function removeStaleRelations(manager: EntityManager, relations: readonly RelationRow[]): Promise<number> {
  // A top-level SELECT, because TypeORM answers a bare DELETE with [rows, count] instead of rows.
  const [{ removed }] = (await manager.query(
    `WITH in_files (occupation_uri, skill_uri) AS (SELECT * FROM unnest($1::text[], $2::text[])),
     gone AS (
       DELETE FROM esco_occupation_skill r
       WHERE NOT EXISTS (SELECT 1 FROM in_files f WHERE f.occupation_uri = r.occupation_uri AND f.skill_uri = r.skill_uri)
       RETURNING 1
     )
     SELECT count(*)::int AS removed FROM gone`,
    [relations.map((r) => r.occupationUri), relations.map((r) => r.skillUri)],
  )) as { removed: number }[];
  return removed;
}
