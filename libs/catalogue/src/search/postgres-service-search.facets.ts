// Facet counting of the PostgreSQL service search adapter: the count statement groups the matches
// by facet-combination key, and this turns the groups into counts per facet value.
import { toFacets } from './postgres-service-search.filters';
import { ServiceFacets } from './service-search.port';

/** Distinct facet combinations kept in memory; far more than a catalogue of 100 000 services has. */
const FACET_SET_CACHE_SIZE = 200_000;

/** A row of the count statement: a facet combination (key) or a single value, and its services. */
export interface CountGroup {
  key: string | null;
  value: string | null;
  /** Attribute combinations: every service has exactly one, so their counts add up to the total. */
  is_attribute: boolean;
  n: number;
}

/** The one row of a packed count statement: "key:n" pairs joined by commas (null: no group). */
export interface PackedCountGroups {
  sets: string | null;
  attribute_sets: string | null;
}

/** The groups of a packed count statement. */
export function unpackCountGroups(row: PackedCountGroups | undefined): CountGroup[] {
  const groups: CountGroup[] = [];
  const add = (packed: string | null | undefined, isAttribute: boolean) => {
    if (!packed) return;
    for (const pair of packed.split(',')) {
      const separator = pair.indexOf(':');
      groups.push({ key: pair.slice(0, separator), value: null, is_attribute: isAttribute, n: Number(pair.slice(separator + 1)) });
    }
  };
  add(row?.sets, false);
  add(row?.attribute_sets, true);
  return groups;
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

  async count(groups: readonly CountGroup[], query: FacetSetQuery): Promise<{ total: number; facets: ServiceFacets }> {
    // Each group's value ids, looked up once; combinations not cached yet are fetched first.
    const found: (Int32Array | undefined)[] = new Array(groups.length);
    const missing = new Set<string>();
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      if (group.value !== null) found[i] = Int32Array.of(this.idOf(group.value));
      else if (group.key !== null && !(found[i] = this.sets.get(group.key))) missing.add(group.key);
    }
    if (missing.size > 0) {
      const rows = await query('SELECT key::text AS key, facet_values FROM service_search_facet_set WHERE key = ANY($1::bigint[])', [[...missing]]);
      if (this.sets.size + rows.length > FACET_SET_CACHE_SIZE) this.sets.clear();
      for (const row of rows) this.sets.set(row.key, Int32Array.from(row.facet_values, (value) => this.idOf(value)));
      for (let i = 0; i < groups.length; i++) {
        const key = groups[i]!.key;
        if (!found[i] && key !== null) found[i] = this.sets.get(key);
      }
    }

    const counts = new Float64Array(this.values.length);
    let total = 0;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      if (group.is_attribute) total += group.n;
      const ids = found[i];
      if (ids) for (let j = 0; j < ids.length; j++) counts[ids[j]!]! += group.n;
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
