import { EnqueuedTaskPromise, Index, MeiliSearch, MeiliSearchApiError, RecordAny, Settings, Task } from 'meilisearch';

export interface MeilisearchIndexOptions {
  host: string;
  apiKey?: string | null;
  indexName: string;
  /** How long writes wait for Meilisearch to apply a change. */
  taskTimeoutMs?: number;
  /** How long one HTTP request to Meilisearch may take (MEILI_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  settings: Settings;
}

/** Task types whose error message may quote document content, so only their code is kept. */
const DOCUMENT_TASK_TYPES: readonly string[] = ['documentAdditionOrUpdate', 'documentEdition'];

/**
 * A Meilisearch task that ended failed or canceled. The message names the task and Meilisearch's
 * error code; Meilisearch's own message is kept only for tasks that carry no documents, since a
 * document error can quote a document's fields.
 */
export class MeilisearchTaskFailedError extends Error {
  readonly code: string | null;

  constructor(readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'indexUid' | 'error'>) {
    const code = task.error?.code ?? null;
    const detail = task.error && !DOCUMENT_TASK_TYPES.includes(task.type) ? `: ${task.error.message}` : '';
    super(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? '-'}) ${task.status}${code ? ` [${code}]` : ''}${detail}`);
    this.name = 'MeilisearchTaskFailedError';
    this.code = code;
  }
}

/**
 * One Meilisearch index as the search adapters use it: created with its settings on prepare,
 * written with every task awaited (so a search right after a write sees it) and checked (a failed
 * or canceled task throws, so the job fails and is retried), dropped in tests. Every write and
 * search first prepares the index once per process (prepared()), so a job or query that comes
 * before any reindex still finds the index with its filterable and sortable attributes.
 */
export class MeilisearchIndex<TDocument extends RecordAny> {
  readonly client: MeiliSearch;
  readonly index: Index<TDocument>;
  private readonly taskTimeoutMs: number;
  /** The one preparation in flight or done; null before the first and after a failed one. */
  private preparation: Promise<void> | null = null;

  constructor(private readonly options: MeilisearchIndexOptions) {
    this.client = new MeiliSearch({ host: options.host, apiKey: options.apiKey ?? undefined, timeout: options.requestTimeoutMs });
    this.index = this.client.index<TDocument>(options.indexName);
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
  }

  /** Creates the index if missing and applies its settings, every time it is called (reindex). */
  prepare(): Promise<void> {
    const preparation = this.createWithSettings();
    this.preparation = preparation;
    preparation.catch(() => {
      // A failed preparation is tried again by the next write or search.
      if (this.preparation === preparation) this.preparation = null;
    });
    return preparation;
  }

  /** The index prepared once per process; concurrent first callers share one preparation. */
  prepared(): Promise<void> {
    return this.preparation ?? this.prepare();
  }

  ping(): Promise<boolean> {
    return this.client.isHealthy();
  }

  async upsert(documents: readonly TDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.prepared();
    await this.settled(this.index.addDocuments([...documents], { primaryKey: 'id' }));
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.prepared();
    await this.settled(this.index.deleteDocuments([...ids]));
  }

  /** Deletes every document the filter matches (e.g. all documents of one entity). */
  async removeWhere(filter: string): Promise<void> {
    await this.prepared();
    await this.settled(this.index.deleteDocuments({ filter }));
  }

  async clear(): Promise<void> {
    await this.prepared();
    await this.settled(this.index.deleteAllDocuments());
  }

  async drop(): Promise<void> {
    await this.client.deleteIndexIfExists(this.options.indexName);
    this.preparation = null;
  }

  private async createWithSettings(): Promise<void> {
    try {
      await this.client.getIndex(this.options.indexName);
    } catch (error) {
      if (!(error instanceof MeiliSearchApiError) || error.cause?.code !== 'index_not_found') throw error;
      try {
        await this.settled(this.client.createIndex(this.options.indexName, { primaryKey: 'id' }));
      } catch (createError) {
        // Another process created it in between: the settings below still apply.
        if (!(createError instanceof MeilisearchTaskFailedError) || createError.code !== 'index_already_exists') throw createError;
      }
    }
    await this.settled(this.index.updateSettings(this.options.settings));
  }

  /** Waits for the task and throws unless it succeeded (waitTask returns on failed and canceled too). */
  private async settled(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.taskTimeoutMs });
    if (task.status !== 'succeeded') throw new MeilisearchTaskFailedError(task);
    return task;
  }
}
