import { Index, MeiliSearch, MeiliSearchApiError, RecordAny, Settings } from 'meilisearch';

export interface MeilisearchIndexOptions {
  host: string;
  apiKey?: string | null;
  indexName: string;
  /** How long writes wait for Meilisearch to apply a change. */
  taskTimeoutMs?: number;
  settings: Settings;
}

/**
 * One Meilisearch index as the search adapters use it: created with its settings on prepare,
 * written with every task awaited (so a search right after a write sees it), dropped in tests.
 * The adapters map their own documents and queries; this is the shared plumbing.
 */
export class MeilisearchIndex<TDocument extends RecordAny> {
  readonly client: MeiliSearch;
  readonly index: Index<TDocument>;
  private readonly taskTimeoutMs: number;

  constructor(private readonly options: MeilisearchIndexOptions) {
    this.client = new MeiliSearch({ host: options.host, apiKey: options.apiKey ?? undefined });
    this.index = this.client.index<TDocument>(options.indexName);
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
  }

  async prepare(): Promise<void> {
    try {
      await this.client.getIndex(this.options.indexName);
    } catch (error) {
      if (!(error instanceof MeiliSearchApiError) || error.cause?.code !== 'index_not_found') throw error;
      await this.client.createIndex(this.options.indexName, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
    }
    await this.index.updateSettings(this.options.settings).waitTask({ timeout: this.taskTimeoutMs });
  }

  ping(): Promise<boolean> {
    return this.client.isHealthy();
  }

  async upsert(documents: readonly TDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.index.addDocuments([...documents], { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.index.deleteDocuments([...ids]).waitTask({ timeout: this.taskTimeoutMs });
  }

  async clear(): Promise<void> {
    await this.index.deleteAllDocuments().waitTask({ timeout: this.taskTimeoutMs });
  }

  async drop(): Promise<void> {
    await this.client.deleteIndexIfExists(this.options.indexName);
  }
}
