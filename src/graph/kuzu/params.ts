// Makes parameters safe for Kuzu's Node binding, which types a list from its FIRST element and a
// struct from its first row's values: a list mixing 1 and 0.5, or a null in the first row, is
// silently corrupted (1 read back as 5e-324), and an empty or null list can crash the process.
// So row lists are split into batches of identically shaped rows (one execution per shape), and
// empty or null scalar lists are refused with a clear error instead of reaching the engine.
import { PolicyCascadeError } from '../../errors.js';
import { declaredParams, isListType, type CypherFile } from '../cypher-files.js';

type Params = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A value's shape as the binding will type it: null, string, bool, int, float, list, struct. */
export function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  if (typeof value === 'string') return 's';
  if (typeof value === 'boolean') return 'b';
  if (typeof value === 'bigint') return 'i';
  if (typeof value === 'number') return Number.isInteger(value) ? 'i' : 'f';
  if (Array.isArray(value)) return value.length === 0 ? 'n' : `[${shapeOf(value[0])}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${shapeOf(value[k])}`)
      .join(',')}}`;
  }
  return 'n';
}

function assertHomogeneous(query: CypherFile, name: string, list: unknown[]): void {
  const first = shapeOf(list[0]);
  if (first === 'n' || list.some((v) => shapeOf(v) !== first)) {
    throw new PolicyCascadeError(
      'INTERNAL',
      `${query.file}: list parameter $${name} must hold non-null values of one type on Kuzu`,
    );
  }
}

/**
 * The parameter sets to execute `query` with: one per row shape of its row-list parameter (none
 * when that list is empty: nothing to write), or exactly one when it has no row list.
 */
export function kuzuParamBatches(query: CypherFile, params: Params): Params[] {
  const declared = declaredParams(query, params);
  let rowsParam: string | null = null;
  for (const p of query.params) {
    if (!isListType(p.type)) continue;
    const value = declared[p.name];
    if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
      if (rowsParam)
        throw new PolicyCascadeError('INTERNAL', `${query.file}: at most one row-list parameter`);
      rowsParam = p.name;
    } else if (Array.isArray(value) && value.length === 0 && p.type.includes('MAP')) {
      return [];
    } else if (!Array.isArray(value) || value.length === 0) {
      throw new PolicyCascadeError(
        'INTERNAL',
        `${query.file}: $${p.name} is ${Array.isArray(value) ? 'empty' : 'null'}; Kuzu cannot bind an empty or null list (pass a non-empty list or skip the query)`,
      );
    } else {
      assertHomogeneous(query, p.name, value);
    }
  }
  if (!rowsParam) return [declared];
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of declared[rowsParam] as Record<string, unknown>[]) {
    const key = shapeOf(row);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].map((rows) => ({ ...declared, [rowsParam]: rows }));
}
