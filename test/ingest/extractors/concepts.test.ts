// The concept lexicon (seed/concepts.json) and the segmenter-based matcher.
import { describe, expect, it } from 'vitest';
import {
  createConceptMatcher,
  loadConceptLexicon,
  parseConceptLexicon,
  QUOTED_CATEGORY,
} from '../../../src/ingest/concepts/index.js';
import { hasCode } from '../../../src/errors.js';

const lexicon = loadConceptLexicon();
const matcher = createConceptMatcher(lexicon);
const names = (text: string) => matcher.match(text, 'text').map((m) => m.name);

describe('seed/concepts.json', () => {
  it('holds at least 80 concepts with the ones the brief names', () => {
    expect(lexicon.concepts.length).toBeGreaterThanOrEqual(80);
    const byName = new Map(lexicon.concepts.map((c) => [c.name, c]));
    for (const name of [
      '行政执法三项制度',
      '枫桥经验',
      '放管服',
      '合法性审查',
      '重大行政决策',
      '公共法律服务',
      '述法',
      '法治督察',
      '综合行政执法',
      '备案审查',
      '法律顾问',
      '诉源治理',
      '一支队伍管执法',
      '权责清单',
      '谁执法谁普法',
      '民主法治示范村',
      '行政复议',
      '领导干部学法',
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.get('行政执法三项制度')?.parts).toEqual([
      '行政执法公示制度',
      '执法全过程记录制度',
      '重大执法决定法制审核制度',
    ]);
    expect(byName.get('习近平法治思想')?.boilerplate).toBe(true);
    expect(byName.get('坚持党的领导')?.boilerplate).toBe(true);
    expect(byName.get('枫桥经验')?.boilerplate).toBeUndefined();
  });

  it('rejects a lexicon where one alias names two concepts', () => {
    const bad = {
      version: 1,
      concepts: [
        { name: '普法', category: '普法', aliases: ['法治宣传'] },
        { name: '法治宣传教育', category: '普法', aliases: ['法治宣传'] },
      ],
    };
    expect(() => parseConceptLexicon(bad)).toThrow(/法治宣传/);
    try {
      parseConceptLexicon({ version: 2, concepts: [] });
    } catch (e) {
      expect(hasCode(e, 'CONFIG_INVALID')).toBe(true);
    }
  });
});

describe('createConceptMatcher', () => {
  it('finds 三项制度 and one of its parts by alias, with spans into the text, and quoted terms', () => {
    const text =
      '全面落实行政执法“三项制度”,对照乡镇(街道)行政执法事项目录清单及执法实际,更新完善重大执法决定法制审核目录清单,做到“应审尽审”。';
    expect(matcher.match(text, 'text')).toEqual([
      {
        name: '行政执法三项制度',
        category: '行政执法',
        source: 'lexicon',
        spans: [{ field: 'text', start: 4, end: 14 }],
      },
      {
        name: '重大执法决定法制审核制度',
        category: '行政执法',
        source: 'lexicon',
        spans: [{ field: 'text', start: 43, end: 57 }],
      },
      {
        name: '应审尽审',
        category: QUOTED_CATEGORY,
        source: 'quoted',
        spans: [{ field: 'text', start: 61, end: 65 }],
      },
    ]);
    expect(text.slice(4, 14)).toBe('行政执法“三项制度”');
    expect(text.slice(43, 57)).toBe('重大执法决定法制审核目录清单');
    expect(text.slice(61, 65)).toBe('应审尽审');
  });

  it('finds the three parts printed in full (鞍山)', () => {
    expect(
      names('全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,到2021年实现全覆盖。'),
    ).toEqual(['行政执法公示制度', '执法全过程记录制度', '重大执法决定法制审核制度']);
  });

  it('merges aliases of one concept into one mention with several spans', () => {
    const mentions = matcher.match(
      '全面落实“谁执法谁普法”普法责任制,积极落实“谁服务谁普法、谁管理谁普法”工作任务。',
      'text',
    );
    expect(mentions).toEqual([
      {
        name: '谁执法谁普法',
        category: '普法',
        source: 'lexicon',
        spans: [
          { field: 'text', start: 4, end: 12 },
          { field: 'text', start: 12, end: 17 },
          { field: 'text', start: 23, end: 29 },
          { field: 'text', start: 30, end: 36 },
        ],
      },
    ]);
  });

  it('finds 枫桥经验 and local initiatives in quotes, but not numbers or slogans', () => {
    const text =
      '坚持和发展新时代“枫桥经验”,迭代完善“基层治理四平台”,推广“综合查一次”监管方式,迭代升级“1411”体系,推动形成“办事依法、遇事找法、解决问题用法、化解矛盾靠法”的法治环境。';
    expect(names(text)).toEqual(['枫桥经验', '基层治理四平台', '综合查一次']);
  });

  it('marks boilerplate through the lexicon and reports title spans', () => {
    const mentions = matcher.match('深入学习宣传贯彻习近平法治思想', 'title');
    expect(mentions).toEqual([
      {
        name: '习近平法治思想',
        category: '党的领导',
        source: 'lexicon',
        spans: [{ field: 'title', start: 8, end: 15 }],
      },
    ]);
  });

  it('matches on word boundaries from the segmenter', () => {
    expect(names('推进乡镇(街道)“一支队伍管执法”,稳妥推进乡镇(街道)综合行政执法改革。')).toEqual([
      '一支队伍管执法',
      '综合行政执法',
    ]);
    expect(names('健全规范性文件备案审查工作机构。')).toEqual(['备案审查']);
    expect(names('今天天气很好。')).toEqual([]);
  });
});
