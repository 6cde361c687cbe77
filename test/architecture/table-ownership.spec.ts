import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreignTableReferences, libraries, migrationTables, ownershipMap, tablesInSql, TableReference } from './table-ownership';

/** Justified exceptions: a file may name another library's table when the allow-list says why. */
interface AllowedReference {
  file: string;
  tables: string[];
  reason: string;
}
const ALLOW_LIST: AllowedReference[] = JSON.parse(readFileSync(join(__dirname, 'table-ownership.allow.json'), 'utf8'));

const map = ownershipMap();
const allowed = (ref: TableReference): boolean =>
  ALLOW_LIST.some((entry) => entry.file === ref.file && (entry.tables.includes('*') || entry.tables.includes(ref.table)));

describe('each library owns its tables', () => {
  it('knows the owner of every table the migrations create', () => {
    expect(migrationTables().filter((table) => !map.tables.has(table))).toEqual([]);
  });

  it('finds table names in SQL, query builders and FROM lists (the check can fail)', () => {
    const tables = new Map([['need', 'needs'], ['organization', 'identity'], ['company_profile', 'crm']]);
    expect(tablesInSql('SELECT n.id FROM need n JOIN organization o ON o.id = n.owner_id', tables).sort()).toEqual(['need', 'organization']);
    expect(tablesInSql('SELECT 1 FROM need n, company_profile p WHERE p.id = n.company_id', tables).sort()).toEqual(['company_profile', 'need']);
    expect(tablesInSql('UPDATE "organization" SET name = $1', tables)).toEqual(['organization']);
    expect(tablesInSql('Choose the need that the organization has', tables)).toEqual([]);
  });

  it('allows only exceptions that still exist, each with a reason', () => {
    for (const entry of ALLOW_LIST) {
      expect(entry.reason.trim().length).toBeGreaterThan(20);
      const library = entry.file.split('/')[1];
      const refs = foreignTableReferences(library, map).filter((ref) => ref.file === entry.file);
      expect({ file: entry.file, stillNeeded: refs.length > 0 }).toEqual({ file: entry.file, stillNeeded: true });
    }
  });

  describe.each(libraries())('%s', (library) => {
    it("names no other library's table in its SQL, query builders or repositories", () => {
      const offending = foreignTableReferences(library, map)
        .filter((ref) => !allowed(ref))
        .map((ref) => `${ref.file}:${ref.line} ${ref.via} → ${ref.table} (owned by ${ref.owner})`);
      expect(offending).toEqual([]);
    });
  });
});

