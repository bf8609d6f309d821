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

  it('decodes typed parts: text, uuid, instant (ms or µs), int64', () => {
    const id = '4f1c2d3e-0a1b-4c5d-8e9f-0123456789ab';
    expect(decodeCursor(encodeCursor(['2026-03-01T08:00:00.123Z', id]), ['instant', 'uuid'])).toEqual([
      '2026-03-01T08:00:00.123Z',
      id,
    ]);
    expect(decodeCursor(encodeCursor(['2026-03-01T08:00:00.123456Z', id]), ['instant', 'uuid'])).toHaveLength(
      2,
    );
    expect(decodeCursor(encodeCursor(['9223372036854775807']), ['int64'])).toEqual(['9223372036854775807']);
    expect(decodeCursor(encodeCursor(['谢家湾', id]), ['text', 'uuid'])).toEqual(['谢家湾', id]);
  });

  const id = '4f1c2d3e-0a1b-4c5d-8e9f-0123456789ab';
  it.each<[string, unknown[], Parameters<typeof decodeCursor>[1]]>([
    ['U+0000 in text', ['a\u0000', id], ['text', 'uuid']],
    ['an unpaired surrogate in text', ['a\ud800', id], ['text', 'uuid']],
    ['U+0000 under a legacy arity', ['a\u0000'], 1],
    ['a number for text', [1, id], ['text', 'uuid']],
    ['an object', [{}, id], ['text', 'uuid']],
    ['null', [null, id], ['text', 'uuid']],
    ['a malformed uuid', ['a', 'not-a-uuid'], ['text', 'uuid']],
    ['a uuid with U+0000', ['a', `${id}\u0000`], ['text', 'uuid']],
    ['February 30th', ['2024-02-30T00:00:00.000Z', id], ['instant', 'uuid']],
    ['hour 25', ['2024-02-01T25:00:00.000Z', id], ['instant', 'uuid']],
    ['year 0', ['0000-01-01T00:00:00.000Z', id], ['instant', 'uuid']],
    ['a six-digit year', ['+275760-09-13T00:00:00.000Z', id], ['instant', 'uuid']],
    ['a date without time', ['2024-02-01', id], ['instant', 'uuid']],
    ['a bigint out of range', ['9223372036854775808'], ['int64']],
    ['a negative id', ['-1'], ['int64']],
    ['a numeric id', [5], ['int64']],
    ['too many parts', ['a', id, 'c'], ['text', 'uuid']],
    ['too few parts', [id], ['instant', 'uuid']],
  ])('refuses a forged cursor with %s as BAD_USER_INPUT', (_case, key, shape) => {
    const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
    expect(() => decodeCursor(cursor, shape)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });
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
