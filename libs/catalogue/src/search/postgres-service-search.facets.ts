// Facet counting of the PostgreSQL service search adapter: the count statement groups the matches
// by facet-combination key, and this turns the groups into counts per facet value.
import { toFacets } from './postgres-service-search.filters';
import { ServiceFacets } from './service-search.port';

/** Distinct facet combinations kept in memory; far more than a catalogue of 100 000 services has. */
const FACET_SET_CACHE_SIZE = 200_000;

/** A row of the unconstrained count statement: a single facet value (or the total), and its services. */
export interface ValueCount {
  value: string | null;
  /** The row of the total: every service counted once. */
  is_attribute: boolean;
  n: number;
}

/**
 * The one row of a constrained count statement: "key:n" pairs joined by commas (null: no group),
 * thousands of them for a broad query, so they are read in place rather than split into objects.
 * Attribute combinations: every service has exactly one, so their counts add up to the total.
 */
export interface PackedCountGroups {
  sets: string | null;
  attribute_sets: string | null;
}

/** How many services match (total) and how many have each facet value. */
export interface FacetCounts {
  total: number;
  facets: ServiceFacets;
}

/** Runs a statement; the facet set lookup uses the connection (and snapshot) of the count. */
export type FacetSetQuery = (sql: string, values: unknown[]) => Promise<{ key: string; facet_values: string[] }[]>;

export class FacetCounter {
  // Facet values get small numbers so that a combination is an array of them and counting is a
  // pass over typed arrays, however many combinations the matches have.
  private readonly valueIds = new Map<string, number>();
  private readonly values: string[] = [];
  /**
   * The values of facet combinations by key. A key is a hash of its values, so an entry never
   * changes once written and can be cached for the life of the process, whoever wrote it.
   */
  private readonly sets = new Map<string, Int32Array>();

  /** Counts per value of the unconstrained statement (one row per value, and the total). */
  countValues(rows: readonly ValueCount[]): FacetCounts {
    let total = 0;
    const list: { value: string; count: number }[] = [];
    for (const row of rows) {
      if (row.is_attribute) total += Number(row.n);
      else if (row.value !== null) list.push({ value: row.value, count: Number(row.n) });
    }
    return { total, facets: toFacets(list) };
  }

  /**
   * Counts per value of the groups of a constrained statement. Combinations not cached yet are
   * fetched (one statement) and counted after the others.
   */
  async countPacked(row: PackedCountGroups | undefined, query: FacetSetQuery): Promise<FacetCounts> {
    let counts = new Float64Array(this.values.length);
    let total = 0;
    const pending: { key: string; n: number }[] = [];
    const scan = (packed: string | null | undefined, isAttribute: boolean) => {
      if (!packed) return;
      for (let start = 0; start < packed.length; ) {
        let end = packed.indexOf(',', start);
        if (end < 0) end = packed.length;
        const separator = packed.lastIndexOf(':', end);
        let n = 0;
        for (let i = separator + 1; i < end; i++) n = n * 10 + (packed.charCodeAt(i) - 48);
        if (isAttribute) total += n;
        const key = packed.slice(start, separator);
        const ids = this.sets.get(key);
        if (ids) for (let j = 0; j < ids.length; j++) counts[ids[j]!]! += n;
        else pending.push({ key, n });
        start = end + 1;
      }
    };
    scan(row?.sets, false);
    scan(row?.attribute_sets, true);

    if (pending.length > 0) {
      const rows = await query('SELECT key::text AS key, facet_values FROM service_search_facet_set WHERE key = ANY($1::bigint[])', [
        [...new Set(pending.map((group) => group.key))],
      ]);
      if (this.sets.size + rows.length > FACET_SET_CACHE_SIZE) this.sets.clear();
      const fetched = new Map(rows.map((set) => [set.key, Int32Array.from(set.facet_values, (value) => this.idOf(value))]));
      for (const [key, ids] of fetched) this.sets.set(key, ids);
      // New values may have been numbered: the counts grow to hold them.
      if (counts.length < this.values.length) {
        const grown = new Float64Array(this.values.length);
        grown.set(counts);
        counts = grown;
      }
      for (const { key, n } of pending) {
        const ids = fetched.get(key);
        if (ids) for (let j = 0; j < ids.length; j++) counts[ids[j]!]! += n;
      }
    }

    const list: { value: string; count: number }[] = [];
    counts.forEach((count, id) => {
      if (count > 0) list.push({ value: this.values[id]!, count });
    });
    return { total, facets: toFacets(list) };
  }

  private idOf(value: string): number {
    let id = this.valueIds.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.valueIds.set(value, id);
    }
    return id;
  }
}
