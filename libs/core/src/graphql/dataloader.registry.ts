import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

/** A typed key naming one kind of loader; domain libs declare theirs next to the batch function. */
export class LoaderKey<K, V> {
  // The phantom fields keep K and V in the type so that `get` returns the right loader type.
  declare readonly _key: K;
  declare readonly _value: V;
  constructor(readonly name: string) {}
}

type BatchFunction<K, V> = (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>;

/** The one place where request-scoped DataLoaders are created. */
@Injectable()
export class DataLoaderRegistry {
  private readonly factories = new Map<string, BatchFunction<unknown, unknown>>();

  register<K, V>(key: LoaderKey<K, V>, batch: BatchFunction<K, V>): void {
    if (this.factories.has(key.name)) throw new Error(`Loader ${key.name} registered twice`);
    this.factories.set(key.name, batch as BatchFunction<unknown, unknown>);
  }

  /** A fresh, lazily filled set of loaders for one request. */
  forRequest(): RequestLoaders {
    return new RequestLoaders(this.factories);
  }
}

export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly factories: ReadonlyMap<string, BatchFunction<unknown, unknown>>) {}

  get<K, V>(key: LoaderKey<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key.name);
    if (!loader) {
      const batch = this.factories.get(key.name);
      if (!batch) throw new Error(`No loader registered for ${key.name}`);
      loader = new DataLoader(batch);
      this.loaders.set(key.name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results by key, as DataLoader requires; missing keys give null. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups batch results by key in key order: for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row)) ?? [];
    list.push(row);
    map.set(keyOf(row), list);
  }
  return keys.map((key) => map.get(key) ?? []);
}
