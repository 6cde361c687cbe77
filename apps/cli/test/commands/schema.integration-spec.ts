import { readFileSync } from 'node:fs';
import { createTestDatabase, dropTestDatabase, testConfig } from '@ytmt/test-kit';
import { buildSchemaText, SCHEMA_FILE } from '../../src/commands/schema.command';

describe('committed schema.gql', () => {
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase();
  });
  afterAll(() => dropTestDatabase(url));

  it('is what the code generates (run `npm run schema:print` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await buildSchemaText(testConfig(url)));
  });
});
