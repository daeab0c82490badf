import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/explorer/logic/snippet.js';

const TEXT =
  '持续推进综合行政执法体制改革,推进县(市、区、旗)“局队合一”体制改革,乡镇(街道)逐步实现“一支队伍管执法”。';

describe('snippet', () => {
  it('keeps short texts whole', () => {
    expect(snippet('依法治市', ['依法'])).toBe('依法治市');
  });

  it('centres on the first term with ellipses on cut sides', () => {
    expect(snippet(TEXT, ['局队合一'], 12)).toBe('…旗)“局队合一”体制改革…');
    expect(snippet(TEXT, ['一支队伍'], 12)).toBe('…实现“一支队伍管执法”。');
    expect(snippet(TEXT, ['持续'], 10)).toBe('持续推进综合行政执法…');
    expect(snippet(TEXT, ['不存在'], 10)).toBe('持续推进综合行政执法…');
  });
});
