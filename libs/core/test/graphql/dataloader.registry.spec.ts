import { byKeys, DataLoaderRegistry, groupByKeys, LoaderKey } from '../../src/graphql/dataloader.registry';

describe('DataLoaderRegistry', () => {
  const key = new LoaderKey<string, { code: string } | null>('test.municipality');

  it('gives each request its own loaders, batching keys within the request', async () => {
    const registry = new DataLoaderRegistry();
    const batches: string[][] = [];
    registry.register(key, async (codes) => {
      batches.push([...codes]);
      return byKeys(codes, codes.filter((c) => c !== '999').map((code) => ({ code })), (m) => m.code);
    });
    const first = registry.forRequest();
    const results = await Promise.all(['398', '091', '999', '398'].map((code) => first.get(key).load(code)));
    expect(results).toEqual([{ code: '398' }, { code: '091' }, null, { code: '398' }]);
    expect(batches).toEqual([['398', '091', '999']]);

    await registry.forRequest().get(key).load('398');
    expect(batches).toHaveLength(2);
  });

  it('refuses a key registered twice or never registered', () => {
    const registry = new DataLoaderRegistry();
    registry.register(key, async (codes) => codes.map(() => null));
    expect(() => registry.register(key, async (codes) => codes.map(() => null))).toThrow(/twice/);
    expect(() => registry.forRequest().get(new LoaderKey<string, string>('missing'))).toThrow(/No loader/);
  });

  it('orders and groups rows by key', () => {
    expect(byKeys(['b', 'a', 'c'], [{ k: 'a' }, { k: 'b' }], (r) => r.k)).toEqual([{ k: 'b' }, { k: 'a' }, null]);
    expect(groupByKeys(['x', 'y'], [{ k: 'y', v: 1 }, { k: 'y', v: 2 }], (r) => r.k)).toEqual([[], [{ k: 'y', v: 1 }, { k: 'y', v: 2 }]]);
  });
});
