// Kuzu parameter batching (pure): row lists are split by shape so that Kuzu's Node binding, which
// types a list from its first element, never sees mixed 1 / 0.5 or a leading null.
import { describe, expect, it } from 'vitest';
import { parseCypherFile } from '../../src/graph/cypher-files.js';
import { kuzuParamBatches, shapeOf } from '../../src/graph/kuzu/params.js';

const file = (header: string) => parseCypherFile('t', 't.cypher', `${header}\nRETURN 1`);

describe('shapeOf', () => {
  it('tells integers from fractions and nulls from strings', () => {
    expect(shapeOf(1)).toBe('i');
    expect(shapeOf(0.5)).toBe('f');
    expect(shapeOf(null)).toBe('n');
    expect(shapeOf([])).toBe('n');
    expect(shapeOf(['a'])).toBe('[s]');
    expect(shapeOf({ b: 1, a: 'x' })).toBe('{a:s,b:i}');
  });
});

describe('kuzuParamBatches', () => {
  const rows = file('// @param id: STRING\n// @param rows: LIST<MAP{sourceId, score}>');

  it('passes only declared parameters, missing ones as null', () => {
    expect(kuzuParamBatches(file('// @param id: STRING'), { id: 'a', extra: 1 })).toEqual([{ id: 'a' }]);
    expect(kuzuParamBatches(file('// @param id: STRING'), {})).toEqual([{ id: null }]);
  });

  it('splits a row list into batches of one shape, keeping row order within each', () => {
    const batches = kuzuParamBatches(rows, {
      id: 'x',
      rows: [
        { sourceId: 'a', score: 1 },
        { sourceId: 'b', score: 0.5 },
        { sourceId: 'c', score: 2 },
        { sourceId: null, score: 0.25 },
      ],
    });
    expect(batches).toEqual([
      {
        id: 'x',
        rows: [
          { sourceId: 'a', score: 1 },
          { sourceId: 'c', score: 2 },
        ],
      },
      { id: 'x', rows: [{ sourceId: 'b', score: 0.5 }] },
      { id: 'x', rows: [{ sourceId: null, score: 0.25 }] },
    ]);
  });

  it('runs nothing for an empty row list', () => {
    expect(kuzuParamBatches(rows, { id: 'x', rows: [] })).toEqual([]);
  });

  it('refuses empty, null or mixed scalar lists instead of letting the binding crash', () => {
    const ids = file('// @param ids: LIST<STRING>');
    expect(kuzuParamBatches(ids, { ids: ['a', 'b'] })).toEqual([{ ids: ['a', 'b'] }]);
    expect(() => kuzuParamBatches(ids, { ids: [] })).toThrow(/empty/);
    expect(() => kuzuParamBatches(ids, {})).toThrow(/null/);
    expect(() => kuzuParamBatches(file('// @param xs: LIST<FLOAT>'), { xs: [1, 0.5] })).toThrow(/one type/);
  });
});
