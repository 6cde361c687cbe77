import { describeWithMeilisearch } from '@ytmt/test-kit';
import { MeilisearchNeedSearchEngine } from '../../src/search/meilisearch-need-search.engine';
import { describeNeedSearchContract } from './need-search.contract';

// No Meilisearch server on this machine: set MEILI_HOST (and MEILI_API_KEY if needed) to run.
describeWithMeilisearch('Meilisearch need search adapter', (testIndex) => {
  describeNeedSearchContract('Meilisearch', async () => {
    const engine = new MeilisearchNeedSearchEngine(testIndex('ytmt_test_needs'));
    return { engine, close: () => engine.dropIndex() };
  });
});
