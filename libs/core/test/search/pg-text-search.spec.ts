import {
  expandQueryWordsParams,
  expandQueryWordsSql,
  expandTextQuery,
  insertVocabularySql,
  textQueryTerms,
  textSearchQueryWords,
  tsqueryLexeme,
  vocabularyTableSql,
} from '../../src/search/pg-text-search';

describe('textSearchQueryWords', () => {
  it('lower-cases and splits on anything but letters and digits', () => {
    expect(textSearchQueryWords('Palkkatuki, ÄITIYS-vapaa 2024!')).toEqual(['palkkatuki', 'äitiys', 'vapaa', '2024']);
  });

  it('returns nothing for empty or missing text', () => {
    expect(textSearchQueryWords(null)).toEqual([]);
    expect(textSearchQueryWords('')).toEqual([]);
    expect(textSearchQueryWords(' -- ')).toEqual([]);
  });

  it('drops words over 40 characters and keeps at most 8 words', () => {
    expect(textSearchQueryWords(`${'a'.repeat(41)} ok`)).toEqual(['ok']);
    expect(textSearchQueryWords('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe('tsqueryLexeme', () => {
  it('quotes the lexeme and escapes quotes and backslashes', () => {
    expect(tsqueryLexeme('tuki')).toBe("'tuki'");
    expect(tsqueryLexeme("o'brien\\x")).toBe("'o''brien\\\\x'");
  });
});

describe('textQueryTerms', () => {
  it('ANDs the words, each an OR of its sorted lexemes, and ORs the exact ones', () => {
    const terms = textQueryTerms([
      { ordinal: '1', exact: true, lexeme: 'palkkatu' },
      { ordinal: '1', exact: false, lexeme: 'palkkatuk' },
      { ordinal: '1', exact: true, lexeme: 'palkkatu' },
      { ordinal: '2', exact: false, lexeme: 'oppisopimus' },
      { ordinal: '2', exact: true, lexeme: 'oppisopimuks' },
    ]);
    expect(terms).toEqual({
      query: "('palkkatu' | 'palkkatuk') & ('oppisopimuks' | 'oppisopimus')",
      exact: "'oppisopimuks' | 'palkkatu'",
    });
  });

  it('gives an empty query and no exact terms when no word left a lexeme', () => {
    expect(textQueryTerms([])).toEqual({ query: '', exact: null });
  });

  it('has no exact terms when only expansions left lexemes', () => {
    expect(textQueryTerms([{ ordinal: '1', exact: false, lexeme: 'tuki' }])).toEqual({ query: "('tuki')", exact: null });
  });
});

describe('SQL builders', () => {
  it('quote a plain vocabulary table name and refuse anything else', () => {
    expect(vocabularyTableSql('advice_search_vocabulary')).toBe('"advice_search_vocabulary"');
    for (const name of ['', 'Vocabulary', 'a b', 'x"; DROP TABLE y; --', 'public.vocabulary', '1abc']) {
      expect(() => vocabularyTableSql(name)).toThrow('Invalid vocabulary table name');
    }
    expect(() => expandQueryWordsSql('bad name')).toThrow();
    expect(() => insertVocabularySql('bad name', { from: 'input i', texts: ['i.x'] })).toThrow();
  });

  it('expand query words through the given vocabulary in the three configurations', () => {
    const sql = expandQueryWordsSql('service_search_vocabulary');
    expect(sql).toContain('FROM "service_search_vocabulary" s');
    expect(sql).toContain("'{service_search_fi,service_search_sv,service_search_en}'::regconfig[]");
    expect(expandQueryWordsParams(['tuki'], { similarityThreshold: 0.45, expansionsPerWord: 6 })).toEqual([['tuki'], 4, 0.45, 6]);
  });

  it('insert vocabulary words, in order only when asked', () => {
    const unordered = insertVocabularySql('advice_search_vocabulary', { from: 'input i', texts: ['i.a', 'i.b'] });
    expect(unordered).toContain('INSERT INTO "advice_search_vocabulary" (word)');
    expect(unordered).toContain("concat_ws(' ',\n      i.a, i.b)");
    expect(unordered).not.toContain('ORDER BY');
    expect(insertVocabularySql('advice_search_vocabulary', { from: 'input i', texts: ['i.a'], orderByWord: true })).toContain(
      'ORDER BY l.lexeme',
    );
  });
});

describe('expandTextQuery', () => {
  it('runs the expansion against the vocabulary in one statement and builds the tsqueries from its rows', async () => {
    const statements: { sql: string; parameters?: unknown[] }[] = [];
    const db = {
      query: async (sql: string, parameters?: unknown[]) => {
        statements.push({ sql, parameters });
        return [
          { ordinal: '1', exact: true, lexeme: 'palkkatuk' },
          { ordinal: '1', exact: false, lexeme: 'palkkatuet' },
        ];
      },
    };
    const options = { similarityThreshold: 0.45, expansionsPerWord: 6 };
    const terms = await expandTextQuery(db, 'need_search_vocabulary', ['palkkatuesta'], options);
    expect(statements).toEqual([{ sql: expandQueryWordsSql('need_search_vocabulary'), parameters: expandQueryWordsParams(['palkkatuesta'], options) }]);
    expect(terms).toEqual({ query: "('palkkatuet' | 'palkkatuk')", exact: "'palkkatuk'" });
  });
});
