// The Meilisearch adapters' stems must be the PostgreSQL engines' lexemes: every word below is
// stemmed both ways, by the text search configurations of the migrations and by search-stemmer.
import 'reflect-metadata';
import { useTestDataSource } from '@ytmt/test-kit';
import { unaccentText, wordStems } from '../../src/search/search-stemmer';

const TEXTS = [
  'Palkkatuki työnantajalle: palkkatukea voi saada, kun palkkaat työttömän työnhakijan tai osatyökykyisen.',
  'Opastamme yhdistyksiä palkkatuen hakemisessa ja palkkatuesta päättämisessä; rekrytoinnissa ja rekrytointi.',
  'Työkokeilussa työnhakija kokeilee alaa. Puusepän oppisopimus Heinolassa, puusepäksi oppisopimuksella.',
  'Lähihoitaja yövuoroon, ikäihmisten hoivaa palvelukodin yövuorossa. Neuvomme, miten työtä ja työaikaa voi mukauttaa.',
  'Lönesubvention för arbetsgivare. Skäliga anpassningar på arbetsplatsen; språkutbildning för anställda med invandrarbakgrund.',
  'A wage subsidy helps you hire an unemployed jobseeker or a person with partial work ability; recruitment services.',
];

describe('search stemmer against PostgreSQL', () => {
  const database = useTestDataSource();

  it('gives every word the lexemes of service_search_fi, service_search_sv and service_search_en', async () => {
    // The words as typed, å, ä and ö included: PostgreSQL unaccents them itself.
    const words = [...new Set(TEXTS.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length > 0))];
    expect(words.length).toBeGreaterThan(60);
    const rows = (await database.dataSource.query(
      `SELECT w.word, c.config, array(SELECT lexeme FROM unnest(to_tsvector(c.config::regconfig, w.word))) AS lexemes
       FROM unnest($1::text[]) AS w(word)
       CROSS JOIN unnest(ARRAY['service_search_fi', 'service_search_sv', 'service_search_en']) WITH ORDINALITY AS c(config, n)
       ORDER BY w.word, c.n`,
      [words],
    )) as { word: string; config: string; lexemes: string[] }[];
    const mismatches: string[] = [];
    for (const word of words) {
      const lexemes = rows.filter((row) => row.word === word).map((row) => row.lexemes);
      expect(lexemes).toHaveLength(3);
      // A stop word has no lexeme in a configuration; every other word has exactly one.
      const postgres = lexemes.flatMap((lexeme) => lexeme);
      const ours = wordStems(unaccentText(word));
      if (postgres.some((lexeme) => !ours.includes(lexeme))) mismatches.push(`${word}: postgres ${postgres.join('/')}, ours ${ours.join('/')}`);
    }
    expect(mismatches).toEqual([]);
  });
});
