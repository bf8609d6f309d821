import { decodeCursor, encodeCursor, pageSize } from './connection';

describe('cursors', () => {
  it('round-trips a sort key', () => {
    expect(decodeCursor(encodeCursor(['九龙坡区谢家湾小学', 'id-1']), 2)).toEqual([
      '九龙坡区谢家湾小学',
      'id-1',
    ]);
  });

  it.each(['', 'not base64 json', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url')])(
    'rejects a malformed cursor %p as BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    },
  );
});

describe('pageSize', () => {
  it('uses the default when none is given and accepts 1..100', () => {
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(1, 20)).toBe(1);
    expect(pageSize(100, 20)).toBe(100);
  });

  it.each([0, 101, -1, 2.5])('refuses %p', (first) => {
    expect(() => pageSize(first, 20)).toThrow('first must be between 1 and 100');
  });
});
