import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  type ViewState,
} from '../../src/explorer/logic/urlState.js';

describe('URL view state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(decodeViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, invalid: [] });
  });

  it('round-trips a cascade view with filters and Chinese text', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'cascade',
      root: 'Provision:doc-000:三、(十四)',
      selected: 'Provision:doc-004:二、(三)',
      query: '综合行政执法',
      searchLevel: 'county',
      searchRegion: '430221',
      filter: { kinds: ['Provision'], levels: ['city', 'county'], region: '210300', minScore: 0.35 },
    };
    const encoded = encodeViewState(state);
    expect(encoded).toContain('min=0.35');
    expect(encoded).toContain('levels=city%2Ccounty');
    expect(decodeViewState(`?${encoded}`)).toEqual({ state, invalid: [] });
  });

  it('round-trips a coverage view kept to one region', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'coverage',
      coverageDocument: 'Document:doc-000000-48d764f032',
      coverageRegion: '330600',
    };
    const encoded = encodeViewState(state);
    expect(encoded).toContain('scope=330600');
    expect(decodeViewState(`?${encoded}`)).toEqual({ state, invalid: [] });
  });

  it('falls back to defaults for invalid values and reports them', () => {
    const { state, invalid } = decodeViewState(
      'view=galaxy&level=planet&levels=city,moon&min=7&node=%20X%20&scope=浙江',
    );
    expect(state.coverageRegion).toBeNull();
    expect(state.view).toBe('cascade');
    expect(state.searchLevel).toBeNull();
    expect(state.filter.levels).toEqual(['city']);
    expect(state.filter.minScore).toBe(0);
    expect(state.selected).toBe('X');
    expect([...invalid].sort()).toEqual(['level', 'levels', 'min', 'scope', 'view']);
  });
});
