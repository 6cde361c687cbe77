import { RANKERS, SetEvaluation, RankerKey } from './evaluate-set';
import { escapeHtml, renderQualityReport } from './quality-report';
import { RankerResult } from './rank-evaluation';

const metrics = (ndcg: number) => ({ ndcg, precision: ndcg / 2, recall: ndcg, needs: 10, pairs: 40 });
const result = (ndcg: number): RankerResult => ({
  overall: metrics(ndcg),
  kinds: { SKILLS_ONLY: metrics(ndcg - 0.1), RELATED_TRADE: metrics(ndcg - 0.2) },
  groups: { YOUNG: metrics(ndcg - 0.05) },
  perNeed: [ndcg],
});

const evaluation: SetEvaluation = {
  set: { key: 'set2', name: 'Set 2 <held out>', targetGroups: ['YOUNG', 'OVER_55'] },
  needs: 10,
  profiles: 100,
  labelledPairs: 40,
  labelledExcluded: 0,
  exclusions: { OUTSIDE_COMMUTE: 0.25 },
  results: Object.fromEntries(RANKERS.map(({ key }, i) => [key, result(0.9 - i * 0.1)])) as Record<RankerKey, RankerResult>,
  targets: [
    { target: 'NDCG', slice: 'ALL', baseline: null, description: 'engine nDCG@10, all profiles', value: 0.9, threshold: 0.85, pass: true, tooEasy: false },
    { target: 'LEAD', slice: 'SKILLS_ONLY', baseline: 'bm25', description: 'lead', value: 0.01, threshold: 0.05, pass: false, tooEasy: false },
    { target: 'LEAD', slice: 'ALL', baseline: 'skillJaccard', description: 'lead', value: 0.0, threshold: 0.05, pass: false, tooEasy: true },
  ],
  seconds: 1,
};

describe('renderQualityReport', () => {
  const html = renderQualityReport({ engineVersion: 'match-9.9.9', generatedAt: new Date('2026-12-06T10:00:00Z'), evaluations: [evaluation, evaluation], pass: false });

  it('is a Finnish, self-contained page: no scripts, no external resources', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('names the engine version and the date of the run', () => {
    expect(html).toContain('match-9.9.9');
    expect(html).toContain('datetime="2026-12-06T10:00:00.000Z"');
    expect(html).toContain('6. joulukuuta 2026');
  });

  it('gives every chart an accessible name and a data table with the same figures', () => {
    const charts = html.match(/<svg [^>]*role="img" aria-labelledby="([^"]+)"/g) ?? [];
    // Per set: overall, kinds, groups.
    expect(charts).toHaveLength(6);
    for (const chart of charts) {
      const id = /aria-labelledby="([^"]+)"/.exec(chart)![1]!;
      expect(html).toContain(`<title id="${id}">`);
    }
    expect((html.match(/<table>/g) ?? []).length).toBe(6);
    // The engine's skills-only nDCG (0.8) is in a bar label and in the table.
    expect(html).toContain('Vain osaamiset');
    expect((html.match(/>0,800</g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('Nuoret (18–24 v)');
    expect(html).toContain('työmatka-alueen ulkopuolella 25 %');
  });

  it('shows provider sectors in service suggestions when measured, with their table', () => {
    const withSectors = renderQualityReport({
      engineVersion: 'match-9.9.9',
      generatedAt: new Date('2026-12-06T10:00:00Z'),
      evaluations: [evaluation],
      pass: true,
      sectors: {
        needs: 8,
        needsWithSuggestions: 6,
        suggestions: 19,
        publishedServices: 24,
        source: 'ytmt_secret_db_name',
        sectors: {
          PUBLIC: { slots: 0.263, exposure: 0.399, supply: 0.375 },
          PRIVATE: { slots: 0.316, exposure: 0.291, supply: 0.208 },
          THIRD_SECTOR: { slots: 0.421, exposure: 0.31, supply: 0.417 },
        },
      },
    });
    expect(withSectors).toContain('aria-labelledby="sectors-title"');
    expect(withSectors).toContain('<th scope="row">Kolmas sektori</th><td>31 %</td><td>42,1 %</td><td>41,7 %</td>');
    expect(withSectors).toContain('8 työnantajan tarvetta, joista 6 sai palveluehdotuksia');
    expect(withSectors).not.toContain('ytmt_secret_db_name');
    expect(withSectors).not.toContain('Tätä ei mitattu');
  });

  it('says when a target is missed, and when provider sectors were not measured', () => {
    expect(html).toContain('Kaikkia tavoitteita ei saavutettu');
    expect(html).toContain('✔ saavutettu: moottorin nDCG@10, kaikki profiilit = 0,900 (tavoite ≥ 0,850)');
    expect(html).toContain('✘ ei saavutettu: moottorin ero parhaaseen rajattuun vertailumenetelmään (BM25-painotettu osaamisten päällekkäisyys), vain osaamiset kertovat profiilit');
    expect(html).toContain('osajoukko on liian helppo');
    expect((html.match(/osajoukko on liian helppo/g) ?? []).length).toBe(2);
    expect(html).toContain('Palveluntuottajien sektorit');
    expect(html).toContain('Tätä ei mitattu tässä ajossa');
  });

  it('escapes text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
