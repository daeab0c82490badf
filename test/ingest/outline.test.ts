// Outline recognition: ordinals, nesting, numbering checks, inline titles, closing paragraphs.
import { describe, expect, it } from 'vitest';
import { findClosing } from '../../src/ingest/outline/closing.js';
import { splitInlineTitle } from '../../src/ingest/outline/inline-title.js';
import { readMarker } from '../../src/ingest/outline/markers.js';
import { chineseNumeralValue, circledNumeralValue } from '../../src/ingest/outline/numerals.js';
import { buildOutline } from '../../src/ingest/outline/tree.js';

const lines = (texts: string[]) => texts.map((text) => ({ original: text, text }));
const outline = (texts: string[]) => buildOutline(lines(texts), 1);

describe('numerals', () => {
  it('reads Chinese and circled numerals', () => {
    expect(['一', '十', '十四', '二十', '三十二', '一百零三'].map(chineseNumeralValue)).toEqual([
      1, 10, 14, 20, 32, 103,
    ]);
    expect(chineseNumeralValue('十十x')).toBeNull();
    expect(['①', '⑳', '㉑', '⑴'].map(circledNumeralValue)).toEqual([1, 20, 21, 1]);
  });
});

describe('readMarker', () => {
  it('recognizes each kind of ordinal', () => {
    expect(readMarker('四、加强组织保障')).toMatchObject({ kind: 'section', value: 4, ordinal: '四、' });
    expect(readMarker('(十四)深化执法体制机制改革')).toMatchObject({
      kind: 'item',
      value: 14,
      ordinal: '(十四)',
    });
    expect(readMarker('3.嚴格執行')).toMatchObject({ kind: 'task', value: 3, ordinal: '3.' });
    expect(readMarker('12、健全机制')).toMatchObject({ kind: 'task', value: 12, ordinal: '12.' });
    expect(readMarker('(2)完善制度')).toMatchObject({ kind: 'subtask', value: 2, ordinal: '(2)' });
    expect(readMarker('③推进')).toMatchObject({ kind: 'subtask', value: 3, ordinal: '③' });
    expect(readMarker('——坚持党的领导。')).toMatchObject({ kind: 'bullet', ordinal: '——' });
    expect(readMarker('二.主要任务')).toMatchObject({ kind: 'section', value: 2, ordinal: '二、' });
    expect(readMarker('2)完善制度')).toMatchObject({ kind: 'subtask', value: 2, ordinal: '(2)' });
  });
  it('does not read numbers in running text as ordinals', () => {
    for (const line of [
      '12.4国家宪法日',
      '2021年12月10日',
      '1.5倍',
      '100%覆盖',
      '(街道)党工委',
      '十分重要',
      '目标:全面实施',
    ]) {
      expect(readMarker(line), line).toBeNull();
    }
  });
});

describe('buildOutline', () => {
  it('nests provisions and builds printed paths', () => {
    const { nodes, warnings } = outline([
      '一、总体要求',
      '(一)指导思想',
      '1.坚持。',
      '(1)甲。',
      '②乙。',
      '2.落实。',
      '二、主要任务',
      '1.推进。',
    ]);
    expect(nodes.map((n) => n.path)).toEqual([
      '一、',
      '一、(一)',
      '一、(一)1.',
      '一、(一)1.(1)',
      '一、(一)1.②',
      '一、(一)2.',
      '二、',
      '二、1.',
    ]);
    expect(nodes.map((n) => n.parentPath)).toEqual([
      null,
      '一、',
      '一、(一)',
      '一、(一)1.',
      '一、(一)1.',
      '一、(一)',
      null,
      '二、',
    ]);
    expect(nodes.map((n) => n.ordinalNumber)).toEqual([1, 1, 1, 1, 2, 2, 2, 1]);
    expect(warnings.map((w) => w.code)).toEqual(['MIXED_NUMBERING']);
  });
  it('accepts numbering that runs on across parents', () => {
    const { nodes, warnings } = outline([
      '一、甲',
      '(一)乙',
      '1.丙。',
      '2.丁。',
      '(二)戊',
      '3.己。',
      '二、庚',
      '(三)辛',
      '4.壬。',
    ]);
    expect(nodes.filter((n) => n.kind === 'task').map((n) => n.path)).toEqual([
      '一、(一)1.',
      '一、(一)2.',
      '一、(二)3.',
      '二、(三)4.',
    ]);
    expect(warnings).toEqual([]);
  });
  it('attaches unit lines and continuation lines to the provision above', () => {
    const { nodes } = outline(['1.建立制度。', '牵头单位:市司法局', '配合单位:市委政法委', '2.推进。']);
    expect(nodes).toHaveLength(2);
    expect(nodes[0].lines.map((l) => l.text)).toEqual([
      '建立制度。',
      '牵头单位:市司法局',
      '配合单位:市委政法委',
    ]);
  });
  it('reads an out-of-sequence number as text and warns', () => {
    const { nodes, warnings } = outline(['1.建立制度,范围包括', '30.年度', '2.推进。']);
    expect(nodes.map((n) => n.path)).toEqual(['1.', '2.']);
    expect(warnings[0]).toMatchObject({ code: 'ORDINAL_OUT_OF_SEQUENCE', line: 2 });
  });
  it('warns on gaps and duplicates', () => {
    const { nodes, warnings } = outline(['一、甲', '三、乙', '1.丙。', '2.丁。', '1.戊。']);
    expect(nodes.map((n) => n.path)).toEqual(['一、', '三、', '三、1.', '三、2.', '三、1.#2']);
    expect(warnings.map((w) => w.code)).toEqual(['ORDINAL_GAP', 'DUPLICATE_ORDINAL']);
  });
  it('numbers bullets among their siblings', () => {
    const { nodes } = outline(['(三)基本原则', '——坚持党的领导。甲。', '——坚持以人民为中心。乙。']);
    expect(nodes.map((n) => n.path)).toEqual(['(三)', '(三)——1', '(三)——2']);
  });
});

describe('splitInlineTitle', () => {
  it('splits a heading sentence from the text', () => {
    expect(
      splitInlineTitle('item', '着力服务市县经济高质量发展。围绕优化营商环境,落实制度。', false),
    ).toEqual({
      title: '着力服务市县经济高质量发展',
      rest: '围绕优化营商环境,落实制度。',
    });
    expect(
      splitInlineTitle('item', '健全法治监督机制,加强对权力运行的制约和监督。加强党对立法的领导。', false)
        .title,
    ).toBe('健全法治监督机制,加强对权力运行的制约和监督');
  });
  it('does not take a first sentence that reads like prose for a title', () => {
    const prose =
      '出台的地方性法规、政府规章,出台的决议、决定和规范性文件,都不得同宪法和法律相抵触。〔责任单位:市司法局〕';
    expect(splitInlineTitle('task', prose, false)).toEqual({ title: null, rest: prose });
    expect(splitInlineTitle('task', '深化法律援助制度改革。(责任单位:市司法局)', false).title).toBeNull();
  });
  it('takes a bare heading line as the title when text or children follow', () => {
    expect(splitInlineTitle('item', '指导思想', true)).toEqual({ title: '指导思想', rest: '' });
    expect(splitInlineTitle('section', '全面贯彻实施宪法,坚定维护宪法尊严和权威', true).title).toBe(
      '全面贯彻实施宪法,坚定维护宪法尊严和权威',
    );
    expect(splitInlineTitle('task', '推进依法行政', false)).toEqual({ title: null, rest: '推进依法行政' });
  });
});

describe('findClosing', () => {
  it('finds the closing paragraph after the last provision', () => {
    expect(findClosing(['一、甲', '1.乙。', '各地区各部门要抓好落实。'])).toBe(2);
    expect(findClosing(['一、甲', '1.乙。', '各地区各部门要抓好落实。', '2.丙。'])).toBe(4);
  });
});
