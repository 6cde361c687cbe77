import { wholeWordMarks, HIGHLIGHT_POST_TAG as POST, HIGHLIGHT_PRE_TAG as PRE } from '../../src';
import { queryWordStem, stemmedLayers, stemmedQuery, stemmedSynonyms, unaccentText, wordStems } from '../../src/search/search-stemmer';

describe('search stemmer (the Meilisearch side of the PostgreSQL lexemes)', () => {
  it('unaccents and lower-cases as service_search_unaccent does', () => {
    expect(unaccentText('TYÖTÄ Åbo Ærø Straße café')).toBe('tyota abo aero strasse cafe');
  });

  it('stems Finnish inflections to the lexemes PostgreSQL gives them', () => {
    expect(wordStems('palkkatuesta')[0]).toBe('palkkatue');
    expect(wordStems('palkkatuki')[0]).toBe('palkkatuk');
    expect(wordStems('rekrytoinnissa')[0]).toBe('rekrytoin');
    expect(wordStems('rekrytointi')[0]).toBe('rekrytoint');
  });

  it('sends each query word as its shortest stem, at most eight words, split as PostgreSQL splits them', () => {
    expect(queryWordStem('tyota')).toBe('tyot');
    expect(stemmedQuery('  Palkkatuesta, työtä & hoiva-alalla! ')).toBe('palkkatue tyot hoiv ala');
    expect(stemmedQuery('yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän').split(' ')).toHaveLength(8);
    expect(stemmedQuery('  !! ')).toBe('');
    expect(stemmedQuery(null)).toBe('');
  });

  it('indexes each text once per stemmer, words kept in order, the same layer once', () => {
    expect(stemmedLayers('Työkokeilu', null, undefined, '')).toEqual(['tyokokeilu']);
    expect(stemmedLayers('Pay subsidy for employers')).toEqual(['pay subsidy for employers', 'pay subsidy for employer', 'pay subsidi for employ']);
    expect(stemmedLayers()).toEqual([]);
  });

  it('stems synonyms as queries are sent and texts indexed', () => {
    const synonyms = stemmedSynonyms([['palkkatuki', 'wage subsidy']]);
    expect(Object.keys(synonyms).sort()).toEqual(['palkkatuk', 'wag subsidy']);
    expect(synonyms['palkkatuk']).toEqual(expect.arrayContaining(['wag subsidy', 'wage subsidy', 'wage subsidi', 'palkkatuki']));
    expect(synonyms['palkkatuk']).not.toContain('palkkatuk');
  });

  it('widens a Meilisearch mark to the whole word', () => {
    expect(wholeWordMarks(`${PRE}Hitsaaj${POST}a ja ko${PRE}nepaja${POST}`)).toBe(`${PRE}Hitsaaja${POST} ja ${PRE}konepaja${POST}`);
    expect(wholeWordMarks(`${PRE}Työ${POST}-ja`)).toBe(`${PRE}Työ${POST}-ja`);
  });
});
