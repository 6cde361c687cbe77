import { CoreException } from '../../src/errors/domain.exception';
import { decodeCursor, encodeCursor, toConnection } from '../../src/graphql/connection';

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
});
