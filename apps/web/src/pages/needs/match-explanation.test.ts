import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import fi from '../../shared/i18n/locales/fi/needs.json';
import sv from '../../shared/i18n/locales/sv/needs.json';
import { buildMatchExplanation, explainMatch, holdsLicence, type ExplainedCandidate, type ExplainedNeed } from './match-explanation';
import { needsFormat } from './needs-format';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'fi',
  resources: { fi: { needs: fi }, sv: { needs: sv } },
  ns: ['needs'],
  defaultNS: 'needs',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const tFi = i18n.getFixedT('fi', 'needs') as unknown as (key: string, params?: Record<string, string | number>) => string;
const tSv = i18n.getFixedT('sv', 'needs') as unknown as (key: string, params?: Record<string, string | number>) => string;

/** The outdoor-assistant need of the demo: a carved role, 10–20 h, on site in Helsinki. */
const need: ExplainedNeed = {
  tasks: [
    { title: 'Asukkaiden ulkoilutus', kind: 'CORE' },
    { title: 'Seurustelu ja virikehetket', kind: 'CORE' },
    { title: 'Pyörätuolin nostot', kind: 'SEPARABLE' },
  ],
  skills: [{ required: true }, { required: true }],
  remote: false,
  hoursMin: 10,
  hoursMax: 20,
  partTimePossible: false,
  languages: [{ language: 'fi', level: 'B1' }],
  drivingLicence: 'B',
};

const card: ExplainedCandidate = {
  matchedSkills: [{ label: 'pitää seuraa' }, { label: 'kuunnella aktiivisesti' }],
  missingSkills: [{ label: 'opastaa ihmisiä' }],
  occupations: [{ label: 'henkilökohtainen palvelija' }],
  carvedOutTasks: ['Pyörätuolin nostot'],
  remoteOk: false,
  hoursMin: 15,
  hoursMax: 25,
  languages: [{ language: 'fi', level: 'NATIVE' }],
  drivingLicences: ['B'],
};

const textsFor = (c: ExplainedCandidate, n: ExplainedNeed = need, t = tFi, language: 'fi' | 'sv' = 'fi') =>
  explainMatch(c, n, { placeName: language === 'sv' ? 'Helsingfors' : 'Helsinki', format: needsFormat(t, language) }, t).map((line) => line.text);

describe('the explanation of a presented candidate', () => {
  it('reads as plain Finnish: skills, the carved role, place, hours, languages and licence', () => {
    expect(textsFor(card)).toEqual([
      'Kokemusta ammatista: henkilökohtainen palvelija.',
      'Hallitsee tarpeen osaamisesta: pitää seuraa ja kuunnella aktiivisesti.',
      'Puuttuu: opastaa ihmisiä. Osaamista voi kartuttaa esimerkiksi koulutuksella tai perehdytyksellä.',
      'Sopii räätälöityyn tehtävään: erotettava tehtävä ”Pyörätuolin nostot” jätetään pois. Hän tekee: Asukkaiden ulkoilutus ja Seurustelu ja virikehetket.',
      'Työ tehdään paikan päällä: Helsinki. Ehdokas on ehdotettu asuinkuntansa tai työmatkansa perusteella; asuinpaikkaa ei näytetä.',
      'Toivoo 15–25 h viikossa; tehtävässä 10–20 h viikossa. Työaika sopii.',
      'Kieli suomi: äidinkieli. Tehtävän toivoma taso (B1, keskitaso) täyttyy.',
      'Vaadittu ajokortti (B) on. Ajokortit: B.',
    ]);
  });

  it('says in Swedish too why the candidate fits', () => {
    const texts = textsFor(card, need, tSv, 'sv');
    expect(texts[3]).toBe('Passar för en anpassad uppgift: den avskiljbara uppgiften ”Pyörätuolin nostot” lämnas bort. Personen utför: Asukkaiden ulkoilutus och Seurustelu ja virikehetket.');
    expect(texts[4]).toContain('Helsingfors');
  });

  it('marks each line as a fit, a gap or information', () => {
    const tones = buildMatchExplanation(card, need, { placeName: 'Helsinki', format: needsFormat(tFi, 'fi') }).map((l) => `${l.topic}:${l.tone}`);
    expect(tones).toEqual([
      'occupation:info',
      'skills:fit',
      'missingSkills:gap',
      'role:fit',
      'place:info',
      'hours:fit',
      'languages:fit',
      'drivingLicence:fit',
    ]);
  });

  it('fits the whole role when nothing is carved out, and says so when the role has no tasks', () => {
    expect(textsFor({ ...card, carvedOutTasks: [] })[3]).toBe(
      'Sopii koko tehtävään ilman räätälöintiä: kaikki 3 osatehtävää ovat hänen työkykynsä rajoissa.',
    );
    expect(textsFor(card, { ...need, tasks: [] })[3]).toBe('Työtä ei ole kuvattu osatehtävinä, joten tehtävän räätälöintiä ei arvioitu.');
  });

  it('compares the hours: too few, too few but part-time possible, too many, not given', () => {
    expect(textsFor({ ...card, hoursMin: 5, hoursMax: 8 })).toContain('Toivoo vähemmän tunteja (5–8 h viikossa) kuin tehtävässä on (10–20 h viikossa).');
    expect(textsFor({ ...card, hoursMin: 5, hoursMax: 8 }, { ...need, partTimePossible: true })).toContain(
      'Toivoo 5–8 h viikossa; tehtävässä 10–20 h viikossa. Osa-aikatyö on mahdollista.',
    );
    expect(textsFor({ ...card, hoursMin: 30, hoursMax: 40 })).toContain('Toivoo enemmän tunteja (30–40 h viikossa) kuin tehtävässä on (10–20 h viikossa).');
    expect(textsFor({ ...card, hoursMin: null, hoursMax: null })).toContain('Ehdokas ei ole kertonut toivomaansa työaikaa.');
  });

  it('tells remote work apart from work on site', () => {
    expect(textsFor({ ...card, remoteOk: true }, { ...need, remote: true })).toContain('Työ tehdään etänä, ja etätyö sopii ehdokkaalle.');
    expect(textsFor(card, { ...need, remote: true })).toContain('Työn voi tehdä etänä; ehdokas ei ole merkinnyt etätyötä toiveekseen.');
  });

  it('names language gaps and a missing driving licence', () => {
    const texts = textsFor({ ...card, languages: [{ language: 'fi', level: 'A2' }], drivingLicences: [] }, { ...need, languages: [...need.languages, { language: 'sv', level: 'A2' }] });
    expect(texts).toContain('Kieli suomi: A2, perustaso. Tehtävässä toivotaan tasoa B1, keskitaso.');
    expect(texts).toContain('Kieli ruotsi: ei merkitty profiiliin. Tehtävässä toivotaan tasoa A2, perustaso.');
    expect(texts).toContain('Vaadittua ajokorttia (B) ei ole merkitty profiiliin.');
  });

  it('counts a higher licence class as covering the one asked for', () => {
    expect(holdsLicence(['CE'], 'B')).toBe(true);
    expect(holdsLicence(['B'], 'C')).toBe(false);
    expect(holdsLicence(['c'], 'c1')).toBe(true);
  });
});
