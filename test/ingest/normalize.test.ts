// Each normalization stage on plain data.
import { describe, expect, it } from 'vitest';
import { findChrome, findRunningHeaders, isChromeLine } from '../../src/ingest/normalize/chrome.js';
import { normalizeText } from '../../src/ingest/normalize/index.js';
import { isPageNumberLine, removePageNumbers } from '../../src/ingest/normalize/page-numbers.js';
import { stripPinyinAnnotations } from '../../src/ingest/normalize/pinyin.js';
import { unifyPunctuation } from '../../src/ingest/normalize/punctuation.js';
import { isFlowedLine, joinWrappedLines, splitFlowedLine } from '../../src/ingest/normalize/reflow.js';
import { findRepeatedBlock } from '../../src/ingest/normalize/repetition.js';
import { detectScript, toSimplified } from '../../src/ingest/normalize/script.js';
import { fixSpacing } from '../../src/ingest/normalize/spacing.js';
import { splitLines } from '../../src/ingest/normalize/whitespace.js';

describe('splitLines', () => {
  it('unifies line ends and spaces and drops empty lines', () => {
    expect(splitLines('一、总体要求\r\n\r\n\u3000\u3000(一)指导思想\u00a0 \rX\u200b')).toEqual([
      '一、总体要求',
      '(一)指导思想',
      'X',
    ]);
  });
});

describe('stripPinyinAnnotations', () => {
  it('removes tone-marked pinyin after characters, whatever the character', () => {
    const { lines, removed } = stripPinyinAnnotations([
      '中央全面依法治國委員會關(guān)於進(jìn)一步加強(qiáng)',
      '設（shè）立',
    ]);
    expect(lines).toEqual(['中央全面依法治國委員會關於進一步加強', '設立']);
    expect(removed).toBe(4);
  });
  it('keeps parentheses that are not pinyin', () => {
    const text = ['碍人(AiRen)11页', '依法治市(地、州、盟)委员会', '(2021—2025年)', '(a)项'];
    expect(stripPinyinAnnotations(text)).toEqual({ lines: text, removed: 0 });
  });
  it('removes neutral-tone syllables only in annotated text', () => {
    const annotated = ['關(guān)於設(shè)立規(guī)則', '我們(men)的'];
    expect(stripPinyinAnnotations(annotated).lines[1]).toBe('我們的');
    expect(stripPinyinAnnotations(['我們(men)的']).lines[0]).toBe('我們(men)的');
  });
});

describe('page numbers', () => {
  it('recognizes page-number lines', () => {
    for (const line of ['-3-', '- 10 -', '—5—', '第3页 共11页', '3/11'])
      expect(isPageNumberLine(line)).toBe(true);
    for (const line of ['-3-健全', '2021-2025', '(2021—2025年)']) expect(isPageNumberLine(line)).toBe(false);
  });
  it('removes page numbers inside run-on text', () => {
    expect(
      removePageNumbers(['(二)主要目标 -1- 通过全面推进', '- 10 -', '建立健全(2021-2025年)']).lines,
    ).toEqual(['(二)主要目标 通过全面推进', '建立健全(2021-2025年)']);
  });
});

describe('fixSpacing', () => {
  it('joins numbers to their units and punctuation to words', () => {
    expect(fixSpacing('到 2025 年,覆盖率达到 100%;“民生议事堂” 、委员', { cjkGaps: false })).toBe(
      '到2025年,覆盖率达到100%;“民生议事堂”、委员',
    );
  });
  it('keeps a space before an outline number', () => {
    expect(fixSpacing('改革 1.健全', { cjkGaps: false, lineBreaks: true })).toBe('改革 1.健全');
  });
  it('closes gaps between ideographs only for PDF text', () => {
    expect(fixSpacing('市委依法治市 办', { cjkGaps: true })).toBe('市委依法治市办');
    expect(fixSpacing('乡村振兴 法治同行', { cjkGaps: false })).toBe('乡村振兴 法治同行');
  });
});

describe('reflow', () => {
  const flowed =
    '关于推进乡镇法治化综合改革的 实施方案 为进一步夯实法治建设基层基础,深化法治龙泉建设,切 实提升基层依法治理水平,根据中共中央《法治中国建设规划 (2020—2025 年)》等有关精神,结合我市实际,提 出如下实施方案。 一、总体要求 (一)指导思想 以习近平新时代中国特色社会主义思想为指导,深入学习贯 彻习近平法治思想,全面贯彻党的二十大精神,以加强党对基层 法治建设的领导为根本,以深化落实基层法治领域顶层设计为抓 手,提升基层组织公信力。 (二)主要目标 到 2025 年,党对乡镇(街道)法治建设的领导全面加强,法治 建设议事协调机制全面建立。';
  it('recognizes run-on PDF text', () => {
    expect(isFlowedLine(flowed)).toBe(true);
    expect(isFlowedLine('全面依法治国基础在基层,工作重点在基层。'.repeat(20))).toBe(false);
  });
  it('restores printed lines and joins wrapped ones', () => {
    const lines = joinWrappedLines(splitFlowedLine(flowed));
    expect(lines).toContain('一、总体要求');
    expect(lines).toContain('(一)指导思想');
    expect(lines).toContain('(二)主要目标');
    expect(lines.find((l) => l.startsWith('以习近平'))).toBe(
      '以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面贯彻党的二十大精神,以加强党对基层法治建设的领导为根本,以深化落实基层法治领域顶层设计为抓手,提升基层组织公信力。',
    );
  });
  it('leaves short text alone', () => {
    expect(joinWrappedLines(['一、总体要求', '(一)指导思想'])).toEqual(['一、总体要求', '(一)指导思想']);
  });
});

describe('chrome', () => {
  it('recognizes portal furniture', () => {
    for (const line of [
      '当前位置: 首页 > 政务公开 > 信息公开目录',
      '发文机关:',
      '状 态:',
      '索 引 号:104/2016-00001',
      '县委| 县人大| 县政协',
      '欢迎访问株洲县政府门户网站!',
      '扫描二维码 关注我们',
      '秦岭文库(kunmingchi.com)你想要的内容这里独有!',
      '当前文档共11页 下载后继续阅读',
      '关于全面推进乡镇(街道)法治化综合改革的实施方案(征求意见稿).docx',
      '《中央全面依法治国委员会关于进一步加强市县法治建设的意见》(全文)',
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });
  it('keeps document lines', () => {
    for (const line of [
      '株县发〔2015〕1号',
      '中共株洲县委',
      '一、总体要求',
      '责任单位:市司法局',
      '目标:全面贯彻实施宪法。',
      '(2015年1月26日中国共产党株洲县第九届委员会第八次全体会议通过)',
    ]) {
      expect(isChromeLine(line), line).toBe(false);
    }
  });
  it('cuts related links at the end and repeated lines', () => {
    const lines = ['标题', '正文一。', '正文一。', '正文二。', '相关文章', '另一篇文章的标题'];
    expect([...findChrome(lines)].sort()).toEqual([2, 4, 5]);
  });
});

describe('findRunningHeaders', () => {
  it('finds a short line repeated on many pages, never outline or unit lines, keeping a title copy at the top', () => {
    const texts = [
      '某县实施方案',
      '一、任务',
      '某县实施方案',
      '(责任单位:县司法局)',
      '某县实施方案',
      '(责任单位:县司法局)',
      '(责任单位:县司法局)',
    ];
    const isContent = (t: string) => t.startsWith('(') || t.startsWith('一、');
    expect([...findRunningHeaders(texts, isContent)]).toEqual([2, 4]);
  });
});

describe('findRepeatedBlock', () => {
  it('finds a text printed twice', () => {
    const once = ['标题', '一、甲', '1.乙。', '2.丙。', '(一)丁', '3.戊。'];
    expect(findRepeatedBlock([...once, ...once])).toEqual({ start: 6, end: 12 });
  });
  it('ignores short repeats such as repeated unit lines', () => {
    expect(
      findRepeatedBlock(['1.甲。', '责任单位:市司法局', '2.乙。', '责任单位:市司法局', '3.丙。']),
    ).toBeNull();
  });
});

describe('unifyPunctuation', () => {
  it('maps full-width forms to one set, one character for one', () => {
    const printed = '（一）指导思想：１．坚持，落实；１００％﹝２０２１﹞';
    const unified = unifyPunctuation(printed);
    expect(unified).toBe('(一)指导思想:1.坚持,落实;100%〔2021〕');
    expect(unified.length).toBe(printed.length);
  });
});

describe('script', () => {
  it('converts Traditional to mainland Simplified, including 着力', () => {
    expect(toSimplified('著力服務市縣經濟高質量發展,顯著提高著作權保護')).toBe(
      '着力服务市县经济高质量发展,显著提高著作权保护',
    );
  });
  it('detects the script', () => {
    const trad = ['中央全面依法治國委員會關於進一步加強市縣法治建設的意見'];
    expect(detectScript(trad, trad.map(toSimplified))).toBe('traditional');
    const simp = ['中央全面依法治国委员会关于进一步加强市县法治建设的意见'];
    expect(detectScript(simp, simp.map(toSimplified))).toBe('simplified');
  });
});

describe('normalizeText', () => {
  it('runs the stages in order and reports what it removed', () => {
    const raw = [
      '欢迎访问某县政府门户网站!',
      '关(guān)於加強法治建設的意見',
      '一、總體要求',
      '-1-',
      '(一)指導思想。堅持黨的領導。',
    ].join('\n');
    const out = normalizeText(raw, { pdf: false });
    expect(out.lines.map((l) => l.original)).toEqual([
      '关於加強法治建設的意見',
      '一、總體要求',
      '(一)指導思想。堅持黨的領導。',
    ]);
    expect(out.lines.map((l) => l.text)).toEqual([
      '关于加强法治建设的意见',
      '一、总体要求',
      '(一)指导思想。坚持党的领导。',
    ]);
    expect(out.script).toBe('traditional');
    expect(out.warnings.map((w) => w.code)).toEqual([
      'PINYIN_REMOVED',
      'PAGE_NUMBERS_REMOVED',
      'CHROME_REMOVED',
    ]);
  });
});
