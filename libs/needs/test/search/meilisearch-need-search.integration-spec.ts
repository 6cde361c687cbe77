import { randomBytes } from 'node:crypto';
import { MeilisearchNeedSearchEngine } from '../../src/search/meilisearch-need-search.engine';
import { describeNeedSearchContract } from './need-search.contract';

const host = process.env['MEILI_HOST'];

if (!host) {
  // Said out loud, so a green run is not mistaken for a tested Meilisearch adapter.
  console.warn('Meilisearch need search adapter tests skipped: MEILI_HOST is not set (e.g. MEILI_HOST=http://127.0.0.1:7700).');
}

// No Meilisearch server on this machine: set MEILI_HOST (and MEILI_API_KEY if needed) to run.
const describeIfMeili = host ? describe : describe.skip;

describeIfMeili('Meilisearch need search adapter', () => {
  describeNeedSearchContract('Meilisearch', async () => {
    const engine = new MeilisearchNeedSearchEngine({
      host: host ?? '',
      apiKey: process.env['MEILI_API_KEY'] ?? null,
      // One index per run, so parallel runs and earlier failures never meet.
      indexName: `ytmt_test_needs_${randomBytes(4).toString('hex')}`,
    });
    return { engine, close: () => engine.dropIndex() };
  });
});
