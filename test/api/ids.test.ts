// Global IDs and cursors.
import { describe, expect, it } from 'vitest';
import { expectLocalId, fromGlobalId, toGlobalId } from '../../src/api/ids.js';
import { paginate } from '../../src/api/pagination.js';
import { hasCode } from '../../src/errors.js';

describe('global IDs', () => {
  it('round-trips Type:localId through base64', () => {
    const id = toGlobalId('Provision', 'doc-1:二、(十四)');
    expect(Buffer.from(id, 'base64').toString('utf8')).toBe('Provision:doc-1:二、(十四)');
    expect(fromGlobalId(id)).toEqual({ type: 'Provision', localId: 'doc-1:二、(十四)' });
  });

  it('takes anything else as a local ID, and refuses a global ID of another type', () => {
    expect(fromGlobalId('doc-1:二、(十四)')).toEqual({ type: null, localId: 'doc-1:二、(十四)' });
    expect(fromGlobalId('abcd')).toEqual({ type: null, localId: 'abcd' });
    expect(expectLocalId('doc-1', 'Document', 'id')).toBe('doc-1');
    const wrong = (() => {
      try {
        return expectLocalId(toGlobalId('Unit', 'u'), 'Document', 'id');
      } catch (e) {
        return e;
      }
    })();
    expect(hasCode(wrong, 'BAD_USER_INPUT')).toBe(true);
  });
});

describe('cursor pagination', () => {
  const items = Array.from({ length: 5 }, (_, i) => i);

  it('pages forward with opaque cursors and totalCount', () => {
    const first = paginate(items, { first: 2 });
    expect(first.nodes).toEqual([0, 1]);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = paginate(items, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual([2, 3]);
    const last = paginate(items, { first: 2, after: second.pageInfo.endCursor });
    expect(last.nodes).toEqual([4]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses a page over the cap and a forged cursor', () => {
    expect(() => paginate(items, { first: 101 })).toThrow(/first must be between 0 and 100/);
    expect(() => paginate(items, { after: 'bm9wZQ==' })).toThrow(/Invalid cursor/);
  });
});
