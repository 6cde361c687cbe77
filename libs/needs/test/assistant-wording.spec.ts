import { compileWordingPattern, EXCLUSIONARY_WORDING, findExclusionaryWording, wordingEntryProblems } from '../src/assistant/exclusionary-wording.matcher';

const ids = (text: string) => findExclusionaryWording(text).map((hit) => hit.entry.id);

describe('the exclusionary wording list', () => {
  it('gives every entry a unique id, a known language and group, a reason and a suggestion', () => {
    expect(EXCLUSIONARY_WORDING.length).toBeGreaterThan(20);
    expect(EXCLUSIONARY_WORDING.map((entry) => ({ id: entry.id, problems: wordingEntryProblems(entry) })).filter((e) => e.problems.length > 0)).toEqual([]);
    expect(new Set(EXCLUSIONARY_WORDING.map((entry) => entry.id)).size).toBe(EXCLUSIONARY_WORDING.length);
    for (const language of ['fi', 'sv', 'en']) expect(EXCLUSIONARY_WORDING.filter((entry) => entry.language === language).length).toBeGreaterThan(4);
  });

  it('finds Finnish phrases in their inflected forms', () => {
    expect(ids('Etsimme nuorta ja energistä myyjää.')).toContain('fi-nuori-energinen');
    expect(ids('Edellytämme äidinkielistä suomen kielen taitoa.')).toContain('fi-aidinkielinen');
    expect(ids('Hakijan tulee olla täysin terve.')).toContain('fi-taysin-terve');
    expect(ids('Työ vaatii hyvää fyysistä kuntoa.')).toContain('fi-fyysinen-kunto');
    expect(ids('Haemme alle 30 vuotiasta myyjää.')).toContain('fi-ikaraja');
  });

  it('finds Swedish and English phrases', () => {
    expect(ids('Vi söker en ung och energisk säljare med svenska som modersmål.')).toEqual(expect.arrayContaining(['sv-ung-energisk', 'sv-modersmal']));
    expect(ids('Du är fullt frisk och har god fysisk kondition.')).toEqual(expect.arrayContaining(['sv-fullt-frisk', 'sv-god-fysisk-kondition']));
    expect(ids('We want a young and energetic NATIVE SPEAKER of Finnish.')).toEqual(expect.arrayContaining(['en-young-energetic', 'en-native-speaker']));
  });

  it('matches whole words only, so ordinary words that contain a listed one pass', () => {
    expect(ids('Asiakaspalvelu on rauhallista, ja perehdytys kestää kaksi viikkoa.')).toEqual([]);
    expect(ids('The nativespeakers club')).toEqual([]);
    expect(ids('Työ sopii eläkeikäiselle ja opiskelijalle.')).toEqual([]);
    expect(compileWordingPattern('nuor* ja energi*').test('Nuorekas ja energinen')).toBe(true);
    expect(compileWordingPattern('salesman').test('salesmanship')).toBe(false);
  });
});
