import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './audit-csv';

describe('audit log CSV', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('READ_CONTACT_PERSONS')).toBe('READ_CONTACT_PERSONS');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });

  it('writes a header and one line per event with the details as key=value', () => {
    const csv = toCsv([
      {
        at: '2026-01-02T10:00:00.000Z',
        action: 'COMPANY_SHARED',
        actorUserId: 'u1',
        resourceType: 'company',
        resourceId: 'c1',
        details: [
          { key: 'employmentAreaId', value: 'a2' },
          { key: 'note', value: null },
        ],
      },
    ]);
    expect(csv).toBe(
      'at,action,actorUserId,resourceType,resourceId,organizationId,employmentAreaId,details\r\n' +
        '2026-01-02T10:00:00.000Z,COMPANY_SHARED,u1,company,c1,,,"employmentAreaId=a2; note="\r\n',
    );
  });
});
