import { STOP_WORDS } from '../../src/suggester/stop-words';
import { extractFeatures, TfIdfDocument, TfIdfModel, tokenize } from '../../src/suggester/tfidf';

// A small hand-made slice of ESCO, in Finnish and English, with look-alikes that must lose.
const LABELS: readonly { id: string; kind: TfIdfDocument['kind']; fi: string; en: string }[] = [
  { id: 'o:trukki', kind: 'occupation', fi: 'trukinkuljettaja', en: 'forklift operator' },
  { id: 'o:varasto', kind: 'occupation', fi: 'varastotyöntekijä', en: 'warehouse worker' },
  { id: 'o:taksi', kind: 'occupation', fi: 'taksinkuljettaja', en: 'taxi driver' },
  { id: 'o:lahihoitaja', kind: 'occupation', fi: 'lähihoitaja', en: 'social care worker' },
  { id: 'o:kokki', kind: 'occupation', fi: 'kokki', en: 'cook' },
  { id: 'o:siivooja', kind: 'occupation', fi: 'laitossiivooja', en: 'institutional cleaner' },
  { id: 'o:ohjelmoija', kind: 'occupation', fi: 'ohjelmistokehittäjä', en: 'software developer' },
  { id: 's:trukki', kind: 'skill', fi: 'käyttää haarukkatrukkia', en: 'operate forklift' },
  { id: 's:varasto', kind: 'skill', fi: 'pitää varasto järjestyksessä', en: 'maintain physical condition of warehouse' },
  { id: 's:tavarat', kind: 'skill', fi: 'varastoida tavarat varastoon', en: 'store warehouse goods' },
  { id: 's:vanhukset', kind: 'skill', fi: 'hoitaa vanhusten sairauksia', en: 'treat elderly illnesses' },
  { id: 's:ruoka', kind: 'skill', fi: 'valmistaa ruokaa', en: 'prepare food' },
  { id: 's:siivous', kind: 'skill', fi: 'siivota huoneita', en: 'clean rooms' },
  { id: 's:javascript', kind: 'skill', fi: 'JavaScript', en: 'JavaScript' },
  { id: 's:kirjanpito', kind: 'skill', fi: 'kirjanpitotekniikat', en: 'accounting techniques' },
  { id: 's:asiakaspalvelu', kind: 'skill', fi: 'asiakaspalvelu', en: 'customer service' },
];

const build = (language: 'fi' | 'en') =>
  TfIdfModel.build(
    LABELS.map((label) => ({ id: label.id, kind: label.kind, labels: [label[language]] })),
    { stopWords: STOP_WORDS[language] },
  );

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('tokenize and extractFeatures', () => {
  it('lower-cases, keeps ä, ö and å, and splits on everything that is not a letter or digit', () => {
    expect(tokenize('Käyttää HAARUKKATRUKKIA, ICT-tuki & Åbo 24/7')).toEqual(['käyttää', 'haarukkatrukkia', 'ict', 'tuki', 'åbo', '24', '7']);
  });

  it('produces boundary-marked 3–5-grams and the whole word', () => {
    const features = extractFeatures('kokki');
    expect([...features.keys()]).toEqual(
      expect.arrayContaining(['=kokki', '_ko', 'kok', 'kki', 'ki_', '_kok', 'kki_', '_kokk', 'okki_']),
    );
    expect(features.get('kok')).toBe(1);
    expect(extractFeatures('kokki kokki').get('=kokki')).toBe(2);
  });

  it('drops stop words', () => {
    expect(extractFeatures('haemme kokkia', { minGram: 3, maxGram: 5, wordWeight: 1, stopWords: STOP_WORDS.fi }).has('=haemme')).toBe(false);
  });
});

describe('TfIdfModel', () => {
  const finnish = build('fi');
  const english = build('en');

  it('puts forklift and warehouse labels first for an inflected Finnish job ad', () => {
    const top = ids(finnish.search('Haemme trukinkuljettajaa varastoon', { limit: 5 }));
    expect(top[0]).toBe('o:trukki');
    expect(top.slice(0, 3)).toEqual(expect.arrayContaining(['s:tavarat']));
    expect(top).not.toContain('o:lahihoitaja');
  });

  it('tolerates typos and inflected forms', () => {
    expect(ids(finnish.search('trukinkuljetaja', { limit: 1 }))).toEqual(['o:trukki']);
    expect(ids(finnish.search('lähihoitajan', { limit: 1 }))).toEqual(['o:lahihoitaja']);
    expect(ids(finnish.search('siivoojaksi', { limit: 1 }))).toEqual(['o:siivooja']);
    expect(ids(finnish.search('kirjanpitoa', { limit: 1 }))).toEqual(['s:kirjanpito']);
  });

  it('matches English text against English labels', () => {
    const top = ids(english.search('We are looking for a forklift driver for our warehouse', { limit: 5 }));
    // "taxi driver" may rank too: "driver" is a rare word in so small a corpus.
    expect(top).toEqual(expect.arrayContaining(['o:trukki', 's:trukki', 'o:varasto']));
    expect(top).not.toContain('o:kokki');
    expect(ids(english.search('cleaning rooms', { limit: 1 }))).toEqual(['s:siivous']);
  });

  it('returns each kind separately from one scoring pass, best first, with cosine scores', () => {
    const { skill, occupation } = finnish.searchByKind('trukinkuljettaja varastoon', { limit: 2 });
    expect(occupation.map((hit) => hit.kind)).toEqual(['occupation', 'occupation']);
    expect(skill.every((hit) => hit.kind === 'skill')).toBe(true);
    expect(occupation[0].id).toBe('o:trukki');
    expect(occupation[0].score).toBeGreaterThan(occupation[1].score);
    expect(finnish.search('trukinkuljettaja', { kind: 'skill' }).every((hit) => hit.kind === 'skill')).toBe(true);
  });

  it('scores an exact label 1 and unrelated text nothing', () => {
    expect(english.search('software developer', { limit: 1 })[0]).toEqual({ id: 'o:ohjelmoija', kind: 'occupation', score: 1 });
    expect(finnish.search('xyzzy qwerty')).toEqual([]);
    expect(finnish.search('   ')).toEqual([]);
  });

  it('is deterministic on ties and honours limit and minScore', () => {
    const twins = TfIdfModel.build([
      { id: 'b', kind: 'skill', labels: ['siivota'] },
      { id: 'a', kind: 'skill', labels: ['siivota'] },
      { id: 'c', kind: 'skill', labels: ['kokata'] },
    ]);
    expect(ids(twins.search('siivota'))).toEqual(['a', 'b']);
    expect(twins.search('siivota', { limit: 1 })).toHaveLength(1);
    expect(twins.search('siivota', { minScore: 1.01 })).toEqual([]);
    expect(twins.size).toBe(3);
  });

  it('keeps the index in typed arrays', () => {
    expect(finnish.featureCount).toBeGreaterThan(100);
    expect(TfIdfModel.build([]).search('mitä tahansa')).toEqual([]);
  });
});
