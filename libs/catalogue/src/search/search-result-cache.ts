import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ytmt/core';
import { Client } from 'pg';

/** Sent by the triggers of migration CatalogueChangeNotify on every committed catalogue change. */
export const CATALOGUE_CHANGED_CHANNEL = 'ytmt_catalogue_changed';
/** Safety net: no answer is served older than this, even if a notification were lost. */
export const SEARCH_RESULT_TTL_MS = 60_000;
/** The LISTEN connection's name in pg_stat_activity. */
export const SEARCH_CACHE_APPLICATION_NAME = 'ytmt-search-result-cache';
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 30_000;

interface Entry<T> {
  value: T;
  storedAt: number;
}

/**
 * Public search answers of this process, never stale: each process keeps one LISTEN connection on
 * CATALOGUE_CHANGED_CHANNEL and drops every answer on each notification (PostgreSQL sends it on
 * commit of any change of a table an answer is read from). While that connection is not listening
 * (not yet connected, lost, reconnecting with backoff) nothing is served or stored. An answer is
 * stored only if no notification came while it was computed (`generation` unchanged), so a change
 * committed meanwhile is never kept as current. Bounded (least recently used goes first) and with
 * a TTL as a safety net.
 *
 * The connection opens on the first use, so processes that never search hold none.
 * Values are shared between requests: callers must not change them.
 */
@Injectable()
export class SearchResultCache implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchResultCache.name);
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly capacity: number;
  private client: Client | undefined;
  private listening = false;
  private started = false;
  private stopped = false;
  private reconnectDelayMs = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** Bumped on every notification and whenever listening starts or stops. */
  private currentGeneration = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.capacity = config.search.resultCacheSize;
  }

  get enabled(): boolean {
    return this.capacity > 0 && !this.stopped;
  }

  /** Whether answers are served and stored now (the LISTEN connection is up). */
  get active(): boolean {
    this.start();
    return this.enabled && this.listening;
  }

  get generation(): number {
    return this.currentGeneration;
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string): T | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (Date.now() - entry.storedAt > SEARCH_RESULT_TTL_MS) return undefined;
    this.entries.set(key, entry);
    return entry.value as T;
  }

  /** Stores the answer computed since `generation` was read, unless something changed meanwhile. */
  set<T>(key: string, value: T, generation: number): void {
    if (!this.active || generation !== this.currentGeneration) return;
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: Date.now() });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  private invalidate(): void {
    this.currentGeneration++;
    this.entries.clear();
  }

  private start(): void {
    if (this.started || !this.enabled) return;
    this.started = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseAppUrl, application_name: SEARCH_CACHE_APPLICATION_NAME });
    this.client = client;
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      this.listening = false;
      this.invalidate();
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`Search result cache off, LISTEN lost (${reason}); reconnecting in ${this.reconnectDelayMs} ms`);
      this.reconnectTimer = setTimeout(() => void this.connect(), this.reconnectDelayMs);
      this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, RECONNECT_MAX_MS);
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('connection ended'));
    client.on('notification', () => this.invalidate());
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOGUE_CHANGED_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (lost || this.stopped) return;
    // Whatever changed while nobody listened is unknown: start empty.
    this.invalidate();
    this.listening = true;
    this.reconnectDelayMs = RECONNECT_MIN_MS;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    clearTimeout(this.reconnectTimer);
    this.entries.clear();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
