import { CoreException } from '../../src/errors/domain.exception';
import { decodeCursor, encodeCursor, offsetAfter, toConnection, toOffsetConnection } from '../../src/graphql/connection';

describe('Relay connections', () => {
  it('round-trips opaque cursors and rejects foreign ones with the field name', () => {
    expect(decodeCursor(encodeCursor('398'))).toBe('398');
    try {
      decodeCursor(Buffer.from('398').toString('base64'));
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(CoreException);
      expect((error as CoreException).fields).toEqual([{ path: 'after', message: 'is not a cursor returned by this API' }]);
    }
  });

  it('uses the extra row only to tell that a next page exists', () => {
    const rows = [{ code: '005' }, { code: '009' }, { code: '010' }];
    const page = toConnection(rows, 2, 309, (r) => r.code, false);
    expect(page.edges.map((e) => e.node.code)).toEqual(['005', '009']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor('005'),
      endCursor: encodeCursor('009'),
    });
    const last = toConnection(rows.slice(2), 2, 309, (r) => r.code, true);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    expect(toConnection([], 2, 0, (r: { code: string }) => r.code, false).pageInfo.endCursor).toBeNull();
  });

  it('reads an offset cursor as the position after it, and refuses one without a position', () => {
    const invalid = () => new Error('not a position');
    expect(offsetAfter(undefined, invalid)).toBe(0);
    expect(offsetAfter(null, invalid)).toBe(0);
    expect(offsetAfter(encodeCursor('0'), invalid)).toBe(1);
    expect(offsetAfter(encodeCursor('19'), invalid)).toBe(20);
    expect(() => offsetAfter(encodeCursor('-1'), invalid)).toThrow('not a position');
    expect(() => offsetAfter(encodeCursor('2.5'), invalid)).toThrow('not a position');
    expect(() => offsetAfter(encodeCursor('Tampere'), invalid)).toThrow('not a position');
    expect(() => offsetAfter(Buffer.from('20').toString('base64'), invalid)).toThrow(CoreException);
  });

  it('keeps the positions of offset-paged hits when some are dropped, and judges the next page by the engine', () => {
    const hits = ['a', 'b', 'c'];
    const page = toOffsetConnection(hits, 20, 30, (hit) => (hit === 'b' ? null : { id: hit }));
    expect(page.edges).toEqual([
      { node: { id: 'a' }, cursor: encodeCursor('20') },
      { node: { id: 'c' }, cursor: encodeCursor('22') },
    ]);
    expect(page.totalCount).toBe(30);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor('20'), endCursor: encodeCursor('22') });
    const last = toOffsetConnection(hits, 0, 3, () => null);
    expect(last.edges).toEqual([]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
