// The shareable part of the explorer's state, encoded in the URL query string so that a copied
// link restores the same view. Decoding never throws: unknown values fall back to defaults and
// are reported, so a hand-edited link still opens.
import { GOVERNMENT_LEVELS, type GovernmentLevel } from '../../domain.js';
import { NODE_KINDS, type NodeKind } from './types.js';

export const EXPLORER_VIEWS = ['cascade', 'explore', 'coverage', 'units'] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

export interface GraphFilter {
  /** Node kinds shown; empty means all. */
  readonly kinds: readonly NodeKind[];
  /** Levels shown; empty means all. */
  readonly levels: readonly GovernmentLevel[];
  /** Region code prefix (e.g. 2103 for 鞍山) or null for all. */
  readonly region: string | null;
  /** IMPLEMENTS edges below this score are hidden. */
  readonly minScore: number;
}

export interface ViewState {
  readonly view: ExplorerView;
  /** Node shown in the details panel. */
  readonly selected: string | null;
  /** Cascade root (view=cascade) or neighbourhood centre (view=explore). */
  readonly root: string | null;
  readonly query: string;
  readonly searchLevel: GovernmentLevel | null;
  readonly searchRegion: string | null;
  readonly filter: GraphFilter;
  readonly coverageDocument: string | null;
  /** Province or city (GB/T 2260 code) the coverage matrix is read for, above its column limit. */
  readonly coverageRegion: string | null;
  readonly unit: string | null;
}

export const DEFAULT_FILTER: GraphFilter = { kinds: [], levels: [], region: null, minScore: 0 };

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'cascade',
  selected: null,
  root: null,
  query: '',
  searchLevel: null,
  searchRegion: null,
  filter: DEFAULT_FILTER,
  coverageDocument: null,
  coverageRegion: null,
  unit: null,
};

const KEYS = {
  view: 'view',
  selected: 'node',
  root: 'root',
  query: 'q',
  searchLevel: 'level',
  searchRegion: 'region',
  kinds: 'kinds',
  levels: 'levels',
  filterRegion: 'fregion',
  minScore: 'min',
  coverageDocument: 'doc',
  coverageRegion: 'scope',
  unit: 'unit',
} as const;

/** Query string (without '?') holding only the values that differ from the defaults. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) params.set(key, value);
  };
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set(KEYS.view, state.view);
  set(KEYS.selected, state.selected);
  set(KEYS.root, state.root);
  set(KEYS.query, state.query.trim());
  set(KEYS.searchLevel, state.searchLevel);
  set(KEYS.searchRegion, state.searchRegion);
  set(KEYS.kinds, state.filter.kinds.join(','));
  set(KEYS.levels, state.filter.levels.join(','));
  set(KEYS.filterRegion, state.filter.region);
  if (state.filter.minScore > 0) params.set(KEYS.minScore, String(state.filter.minScore));
  set(KEYS.coverageDocument, state.coverageDocument);
  set(KEYS.coverageRegion, state.coverageRegion);
  set(KEYS.unit, state.unit);
  return params.toString();
}

export interface DecodedViewState {
  readonly state: ViewState;
  /** Parameters that were present but invalid, e.g. `level=galaxy`. */
  readonly invalid: readonly string[];
}

export function decodeViewState(search: string): DecodedViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const invalid: string[] = [];
  const text = (key: string): string | null => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | null => {
    const value = text(key);
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    invalid.push(key);
    return null;
  };
  const listOf = <T extends string>(key: string, allowed: readonly T[]): T[] => {
    const value = text(key);
    if (value === null) return [];
    const items = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const known = items.filter((v): v is T => (allowed as readonly string[]).includes(v));
    if (known.length !== items.length) invalid.push(key);
    return [...new Set(known)];
  };
  const regionCode = (key: string): string | null => {
    const value = text(key);
    if (value === null || /^\d{6}$/.test(value)) return value;
    invalid.push(key);
    return null;
  };
  const minScoreText = text(KEYS.minScore);
  let minScore = 0;
  if (minScoreText !== null) {
    const parsed = Number(minScoreText);
    if (Number.isFinite(parsed) && parsed >= 0 && parsed <= 1) minScore = parsed;
    else invalid.push(KEYS.minScore);
  }
  const state: ViewState = {
    view: oneOf(KEYS.view, EXPLORER_VIEWS) ?? DEFAULT_VIEW_STATE.view,
    selected: text(KEYS.selected),
    root: text(KEYS.root),
    query: text(KEYS.query) ?? '',
    searchLevel: oneOf(KEYS.searchLevel, GOVERNMENT_LEVELS),
    searchRegion: text(KEYS.searchRegion),
    filter: {
      kinds: listOf(KEYS.kinds, NODE_KINDS),
      levels: listOf(KEYS.levels, GOVERNMENT_LEVELS),
      region: text(KEYS.filterRegion),
      minScore,
    },
    coverageDocument: text(KEYS.coverageDocument),
    coverageRegion: regionCode(KEYS.coverageRegion),
    unit: text(KEYS.unit),
  };
  return { state, invalid };
}
