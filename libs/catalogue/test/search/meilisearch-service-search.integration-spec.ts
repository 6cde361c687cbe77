import { describeWithMeilisearch } from '@ytmt/test-kit';
import { MeilisearchServiceSearchEngine } from '../../src/search/meilisearch-service-search.engine';
import { describeServiceSearchContract } from './service-search.contract';

// No Meilisearch server on this machine: set MEILI_HOST (and MEILI_API_KEY if needed) to run.
describeWithMeilisearch('Meilisearch adapter', (testIndex) => {
  describeServiceSearchContract('Meilisearch', async () => {
    const engine = new MeilisearchServiceSearchEngine(testIndex('ytmt_test_services'));
    return { engine, close: () => engine.dropIndex() };
  });
});
