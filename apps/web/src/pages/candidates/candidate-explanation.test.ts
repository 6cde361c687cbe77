import { describe, expect, it } from 'vitest';
import { explainRow, pseudonymCode, rowActions, type ExplainedRow, type RowFormat } from './candidate-explanation';

const format: RowFormat = {
  list: (items) => items.join(', '),
  languageName: (code) => `lang:${code}`,
  languageLevel: (level) => `level:${level}`,
  adjustment: (adjustment) => `adj:${adjustment}`,
  distanceBand: (band) => `band:${band}`,
  kilometres: (km) => `${km} km`,
  more: (count) => `${count} more`,
};

const row: ExplainedRow = {
  occupationRelation: 'SAME_OCCUPATION',
  matchedEssentialSkills: [{ label: 'keräily' }, { label: 'pakkaaminen' }],
  matchedOptionalSkills: [],
  missingEssentialSkills: [{ label: 'varastojärjestelmät' }],
  missingLanguages: [],
  missingDrivingLicence: null,
  carvedOutTasks: ['Lavojen siirto trukilla'],
  fitsWithAdjustments: false,
  adjustmentsRelied: [],
  workAbilityDetailsHidden: false,
  placeReason: 'WITHIN_RADIUS',
  distanceBand: 'FROM_10_TO_30_KM',
  distanceKm: null,
  tasks: [
    { title: 'Tilausten keräily', outcome: 'WITHIN' },
    { title: 'Lavojen siirto trukilla', outcome: 'CARVED_OUT' },
  ],
  parts: { workingTime: 1 },
};
const need = { remote: false, hoursMin: 20, hoursMax: 30, partTimePossible: true };

describe('the candidate row explained in words', () => {
  it('says what matched, what is missing, how the carved role fits, the place band and the hours', () => {
    const lines = explainRow(row, need, format);
    expect(lines.map((l) => [l.topic, l.tone, l.key])).toEqual([
      ['occupation', 'fit', 'why.occupation.SAME_OCCUPATION'],
      ['skills', 'fit', 'why.skillsMatched'],
      ['missingSkills', 'gap', 'why.skillsMissing'],
      ['role', 'fit', 'why.roleCarved'],
      ['place', 'fit', 'why.placeWithinRadiusDistance'],
      ['hours', 'fit', 'why.hoursFit'],
      ['languages', 'fit', 'why.languagesMet'],
    ]);
    expect(lines[1]?.params).toEqual({ skills: 'keräily, pakkaaminen', count: 2 });
    expect(lines[3]?.params).toEqual({ tasks: '”Lavojen siirto trukilla”', count: 1, kept: 'Tilausten keräily' });
    expect(lines[4]?.params).toEqual({ distance: 'band:FROM_10_TO_30_KM' });
  });

  it('uses the exact distance for the own area, names language and licence gaps, and fewer hours', () => {
    const lines = explainRow(
      { ...row, distanceKm: 12.5, missingLanguages: [{ language: 'fi', level: 'B1' }], missingDrivingLicence: 'C', parts: { workingTime: 0.6 } },
      need,
      format,
    );
    expect(lines.find((l) => l.topic === 'place')?.params).toEqual({ distance: '12.5 km' });
    expect(lines.find((l) => l.topic === 'hours')).toMatchObject({ key: 'why.hoursFewerPartTime', params: { percent: 60 } });
    expect(lines.find((l) => l.topic === 'languages')).toMatchObject({ tone: 'gap', params: { language: 'lang:fi', level: 'level:B1' } });
    expect(lines.at(-1)).toMatchObject({ topic: 'drivingLicence', tone: 'gap', params: { licence: 'C' } });
  });

  it('hides which adjustments a person relies on when the coordinator may not see them', () => {
    const adjusted = { ...row, carvedOutTasks: [], fitsWithAdjustments: true, tasks: [{ title: 'Keräily', outcome: 'ADJUSTED' as const }] };
    expect(explainRow({ ...adjusted, adjustmentsRelied: ['WORKING_TIME'] }, need, format).find((l) => l.topic === 'role')).toMatchObject({
      key: 'why.roleWithAdjustments',
      params: { adjustments: 'adj:WORKING_TIME' },
    });
    expect(explainRow({ ...adjusted, workAbilityDetailsHidden: true }, need, format).find((l) => l.topic === 'role')?.key).toBe('why.roleWithAdjustmentsHidden');
  });
});

describe('what carried the occupation and the optional skills (engine match-2.0.0)', () => {
  it('names a related trade, an inferred occupation and how many of the role’s optional skills', () => {
    const occupation = (extra: Partial<ExplainedRow>) => explainRow({ ...row, ...extra }, need, format).find((l) => l.topic === 'occupation');
    expect(occupation({ occupationRelation: 'SAME_ISCO_MINOR_GROUP' })).toMatchObject({ tone: 'fit', key: 'why.occupation.SAME_ISCO_MINOR_GROUP' });
    expect(occupation({ occupationRelation: 'SAME_ISCO_SUB_MAJOR_GROUP' })).toMatchObject({ tone: 'info', key: 'why.occupation.SAME_ISCO_SUB_MAJOR_GROUP' });
    expect(occupation({ occupationRelation: 'SAME_OCCUPATION', occupationInferred: true })).toMatchObject({ tone: 'info', key: 'why.occupationInferred.SAME_OCCUPATION' });
    expect(occupation({ occupationRelation: 'NONE', occupationInferred: true })?.key).toBe('why.occupation.NONE');
    const optional = Array.from({ length: 8 }, (_, i) => ({ label: `toive ${i + 1}` }));
    const withCount = explainRow({ ...row, matchedOptionalSkills: optional, optionalSkillCount: 40 }, need, format).find((l) => l.topic === 'optionalSkills');
    expect(withCount).toMatchObject({ key: 'why.optionalMatchedOf', params: { count: 8, total: 40 } });
    // Results of older engines carry no count.
    expect(explainRow({ ...row, matchedOptionalSkills: optional, optionalSkillCount: null }, need, format).find((l) => l.topic === 'optionalSkills')?.key).toBe('why.optionalMatched');
  });
});

describe('long skill lists and pseudonyms', () => {
  it('names the first six skills and how many more', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ label: `taito ${i + 1}` }));
    const lines = explainRow({ ...row, missingEssentialSkills: many }, need, format);
    expect(lines.find((l) => l.topic === 'missingSkills')?.params.skills).toBe('taito 1, taito 2, taito 3, taito 4, taito 5, taito 6, 4 more');
  });

  it('takes the code of the server pseudonym', () => {
    expect(pseudonymCode('Hakija K7M2QX')).toBe('K7M2QX');
    expect(pseudonymCode('odd')).toBe('odd');
  });
});

describe('what the coordinator may do with a row', () => {
  it('asks to share, cancels a waiting ask, presents once', () => {
    expect(rowActions({}, true)).toEqual({ requestShare: true, cancelShare: false, present: true });
    expect(rowActions({ shareRequest: { status: 'REQUESTED' } }, true)).toEqual({ requestShare: false, cancelShare: true, present: true });
    expect(rowActions({ shareRequest: { status: 'DECLINED' } }, true).requestShare).toBe(true);
    expect(rowActions({ shareRequest: { status: 'ACCEPTED' }, presentedAt: '2027-01-02T10:00:00Z' }, true)).toEqual({ requestShare: false, cancelShare: false, present: false });
    expect(rowActions({}, false)).toEqual({ requestShare: false, cancelShare: false, present: false });
  });
});
