import { randomBytes } from 'node:crypto';
import { MeilisearchServiceSearchEngine } from '../../src/search/meilisearch-service-search.engine';
import { describeServiceSearchContract } from './service-search.contract';

const host = process.env['MEILI_HOST'];

if (!host) {
  // Said out loud, so a green run is not mistaken for a tested Meilisearch adapter.
  console.warn('Meilisearch adapter tests skipped: MEILI_HOST is not set (e.g. MEILI_HOST=http://127.0.0.1:7700).');
}

// No Meilisearch server on this machine: set MEILI_HOST (and MEILI_API_KEY if needed) to run.
const describeIfMeili = host ? describe : describe.skip;

describeIfMeili('Meilisearch adapter', () => {
  describeServiceSearchContract('Meilisearch', async () => {
    const engine = new MeilisearchServiceSearchEngine({
      host: host ?? '',
      apiKey: process.env['MEILI_API_KEY'] ?? null,
      // One index per run, so parallel runs and earlier failures never meet.
      indexName: `ytmt_test_services_${randomBytes(4).toString('hex')}`,
    });
    return { engine, close: () => engine.dropIndex() };
  });
});
