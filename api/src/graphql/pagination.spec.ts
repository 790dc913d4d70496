import { BadUserInputError } from '../common/errors/bad-user-input.error';
import { decodeCursor, encodeCursor, pageRequest, paginate } from './pagination';

describe('pagination', () => {
  it('round-trips opaque cursors and refuses foreign ones with BAD_USER_INPUT', () => {
    const cursor = encodeCursor(['2026-03-01T09:00:00.000Z', 'id-1']);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-03-01T09:00:00.000Z', 'id-1']);
    for (const bad of ['garbage', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 2)).toThrow(BadUserInputError);
    }
  });

  it('defaults to 50 rows and allows 1..200', () => {
    expect(pageRequest(undefined, 1)).toEqual({ first: 50, after: null });
    expect(pageRequest({ first: 200 }, 1).first).toBe(200);
    for (const first of [0, 201, 1.5]) {
      expect(() => pageRequest({ first }, 1)).toThrow(BadUserInputError);
    }
  });

  it('uses the extra row only to tell that another page exists', () => {
    const request = pageRequest({ first: 2 }, 1);
    const page = paginate(['a', 'b', 'c'], request, 7, (row) => [row]);
    expect(page).toEqual({
      nodes: ['a', 'b'],
      totalCount: 7,
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(['b']) },
    });
    expect(paginate([], request, 0, (row: string) => [row]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
