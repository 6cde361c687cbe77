import { CoreException } from '../../src/errors/domain.exception';
import { decodeKeysetCursor, encodeCursor } from '../../src/graphql/connection';

const ID = '6f1c1b7e-2d4a-4d8e-9c57-0b8f7c3e9a11';

describe('decodeKeysetCursor', () => {
  it('reads back the sort key and id a connection wrote', () => {
    expect(decodeKeysetCursor(encodeCursor(`Äänekosken Leipä Oy\u0000${ID}`))).toEqual({ key: 'Äänekosken Leipä Oy', id: ID });
    expect(decodeKeysetCursor(encodeCursor(`2026-12-06T10:00:00.000Z\u0000${ID}`), 'timestamp')).toEqual({ key: '2026-12-06T10:00:00.000Z', id: ID });
  });

  it.each([
    ['not base64 of a cursor', 'bm9wZQ=='],
    ['no id part', encodeCursor('Name only')],
    ['an id that is not a uuid', encodeCursor('Name\u000042')],
  ])('refuses %s, naming the field', (_label, cursor) => {
    try {
      decodeKeysetCursor(cursor, 'text', 'after');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(CoreException);
      expect((error as CoreException).fields.map((f) => f.path)).toEqual(['after']);
    }
  });

  it('refuses a timestamp key that is not a date', () => {
    expect(() => decodeKeysetCursor(encodeCursor(`yesterday\u0000${ID}`), 'timestamp')).toThrow(CoreException);
  });
});
