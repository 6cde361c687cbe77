import { checkIndustry, parseTol2008Sections, tol2008Sections } from '../../src/industry/tol2008';

describe('TOL 2008 industries', () => {
  it('reads all 21 sections A–U of the shipped file', () => {
    const sections = tol2008Sections();
    expect(sections.map((s) => s.section).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(sections.find((s) => s.section === 'C')).toMatchObject({ firstDivision: 10, lastDivision: 33, nameFi: 'Teollisuus' });
    expect(sections.find((s) => s.section === 'D')).toMatchObject({ firstDivision: 35, lastDivision: 35 });
  });

  it('accepts a section alone, or with a code inside its division range', () => {
    expect(checkIndustry('C', undefined)).toBeNull();
    expect(checkIndustry('C', '25.62')).toBeNull();
    expect(checkIndustry('C', '10')).toBeNull();
    expect(checkIndustry('C', '33.1')).toBeNull();
    expect(checkIndustry('Q', '87.302')).toBeNull();
    expect(checkIndustry('D', '35.11')).toBeNull();
  });

  it('refuses unknown sections', () => {
    expect(checkIndustry('V', null)).toEqual({ field: 'industrySection', message: expect.stringContaining('not a TOL 2008 section') });
    expect(checkIndustry('c', null)?.field).toBe('industrySection');
  });

  it('refuses malformed codes and codes of another section', () => {
    expect(checkIndustry('C', '2562')?.field).toBe('industryCode');
    expect(checkIndustry('C', '25.6234')?.field).toBe('industryCode');
    expect(checkIndustry('C', '25.')?.field).toBe('industryCode');
    expect(checkIndustry('C', '09.1')).toEqual({ field: 'industryCode', message: '09.1 is not in section C (divisions 10–33)' });
    expect(checkIndustry('D', '36')).toEqual({ field: 'industryCode', message: '36 is not in section D (divisions 35)' });
  });

  it('rejects a broken reference file loudly', () => {
    expect(() => parseTol2008Sections('section,divisions,name_fi,name_en\nC,x-y,Teollisuus,Manufacturing\n')).toThrow(/Invalid TOL 2008 row/);
  });
});
