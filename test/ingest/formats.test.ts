// Documents in other real-world forms: Word, an HTML portal page, GBK-encoded text, Traditional
// without annotations, a township plan with ① sub-tasks and 牵头单位/配合单位 lines, a PDF.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentFile } from '../../src/ingest/index.js';
import { buildAsciiPdf, buildDocx } from './support/docx.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ingest');
const byPath = (doc: Awaited<ReturnType<typeof parseDocument>>, p: string) =>
  doc.provisions.find((x) => x.path === p)!;

const PLAN = [
  '中共泰顺县委全面依法治县委员会办公室',
  '关于深化法治政府建设的工作方案',
  '为贯彻落实《法治政府建设实施纲要(2021—2025年)》,结合我县实际,制定本方案。',
  '一、工作目标',
  '到2025年,行政机关负责人出庭应诉率达到100%。',
  '二、主要任务',
  '1.健全依法决策机制。严格执行重大行政决策程序。(责任单位:县司法局)',
  '2.深化综合行政执法改革。推进“大综合一体化”行政执法改革。(责任单位:县综合执法局、县司法局)',
];

describe('.docx', () => {
  it('reads paragraphs from a Word file', async () => {
    const doc = await parseDocument({ bytes: buildDocx(PLAN), fileName: 'plan.docx' });
    expect(doc.source).toMatchObject({ format: 'docx', file: 'plan.docx' });
    expect(doc.title).toBe('关于深化法治政府建设的工作方案');
    expect(doc.issuer).toBe('中共泰顺县委全面依法治县委员会办公室');
    expect(doc.region?.code).toBe('330329');
    expect(doc.provisions.map((p) => p.path)).toEqual(['一、', '二、', '二、1.', '二、2.']);
    expect(byPath(doc, '二、2.').units.map((u) => u.name)).toEqual(['县综合执法局', '县司法局']);
    expect(byPath(doc, '一、').text).toBe('到2025年,行政机关负责人出庭应诉率达到100%。');
  });
  it('refuses a ZIP that is not a Word file', async () => {
    await expect(parseDocument({ bytes: buildDocx(PLAN), fileName: 'table.xlsx' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
    });
  });
});

describe('.html portal page', () => {
  it('keeps the main content and drops the portal around it', async () => {
    const doc = await parseDocumentFile(path.join(FIXTURES, 'portal-page.html'));
    expect(doc.source.format).toBe('html');
    expect(doc.title).toBe('关于推进法治乡村建设的实施方案');
    expect(doc.docNumber).toBe('泰委发〔2022〕8号');
    expect(doc.issuer).toBe('中共泰顺县委');
    expect(doc.date).toBe('2022-04-15');
    expect(doc.level).toBe('county');
    expect(doc.region?.code).toBe('330329');
    expect(doc.provisions.map((p) => p.path)).toEqual([
      '一、',
      '一、(一)',
      '二、',
      '二、(一)',
      '二、(一)1.',
      '二、(一)2.',
      '三、',
      '三、(一)',
    ]);
    const all = doc.provisions.map((p) => p.original).join('\n');
    for (const chrome of ['首页', '分享到', '打印本页', '相关文章', '版权所有', '浏览次数'])
      expect(all).not.toContain(chrome);
    expect(byPath(doc, '二、(一)1.').units.map((u) => u.name)).toEqual(['县司法局', '县农业农村局']);
    expect(byPath(doc, '三、(一)').text).toBe('各乡镇要把法治乡村建设纳入重要议事日程。');
  });
});

describe('GBK-encoded text', () => {
  it('detects the encoding and parses the same as UTF-8', async () => {
    const text = PLAN.join('\r\n');
    const gbk = await parseDocument({
      bytes: new Uint8Array(iconv.encode(text, 'gbk')),
      fileName: 'plan-gbk.txt',
    });
    const utf8 = await parseDocument({
      bytes: new Uint8Array(Buffer.from(text, 'utf8')),
      fileName: 'plan-gbk.txt',
    });
    expect(gbk.source.encoding).toBe('gb18030');
    expect(utf8.source.encoding).toBe('utf-8');
    expect(gbk.provisions).toEqual(utf8.provisions);
    expect(gbk.title).toBe('关于深化法治政府建设的工作方案');
    expect(gbk.source.sha256).not.toBe(utf8.source.sha256);
  });
  it('reads Big5 Traditional text and a GBK-encoded HTML page', async () => {
    const traditional = await readFile(path.join(FIXTURES, 'traditional-plan.txt'), 'utf8');
    const big5 = await parseDocument({
      bytes: new Uint8Array(iconv.encode(traditional.replace(/[“”]/g, '"'), 'big5')),
      fileName: 'plan-big5.txt',
    });
    expect(big5.source.encoding).toBe('big5');
    expect(big5.originalTitle).toBe('關於加強法治政府建設的實施意見');
    expect(big5.provisions).toHaveLength(8);
    const html = (await readFile(path.join(FIXTURES, 'portal-page.html'), 'utf8')).replace(
      'charset="utf-8"',
      'charset="gb2312"',
    );
    const gbkPage = await parseDocument({
      bytes: new Uint8Array(iconv.encode(html, 'gbk')),
      fileName: 'page.html',
    });
    expect(gbkPage.source).toMatchObject({ format: 'html', encoding: 'gb18030' });
    expect(gbkPage.docNumber).toBe('泰委发〔2022〕8号');
    expect(gbkPage.provisions).toHaveLength(8);
  });
  it('reads UTF-16 with a byte-order mark', async () => {
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.join('\n'), 'utf16le')]),
    );
    const doc = await parseDocument({ bytes, fileName: 'plan16.txt' });
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.provisions).toHaveLength(4);
  });
});

describe('Traditional without annotations', () => {
  it('keeps the printed text and matches on Simplified', async () => {
    const doc = await parseDocumentFile(path.join(FIXTURES, 'traditional-plan.txt'));
    expect(doc.script).toBe('traditional');
    expect(doc.title).toBe('关于加强法治政府建设的实施意见');
    expect(doc.originalTitle).toBe('關於加強法治政府建設的實施意見');
    expect(doc.issuer).toBe('中共平阳县委 平阳县人民政府');
    expect(doc.date).toBe('2022-06-01');
    expect(doc.region).toEqual({
      code: '330326',
      name: '平阳县',
      level: 'county',
      ancestors: ['330000', '330300'],
    });
    const task = byPath(doc, '二、(二)3.');
    expect(task.title).toBe('完善行政复议制度');
    expect(task.text).toBe('着力提升行政复议公信力。');
    expect(task.original).toBe('3.完善行政復議制度。著力提升行政復議公信力。(責任單位:縣司法局)');
    expect(task.units).toEqual([{ name: '县司法局', role: 'lead', collective: false, regionCode: '330326' }]);
    expect(doc.citations.map((c) => c.title)).toEqual(['法治政府建设实施纲要(2021—2025年)']);
  });
});

describe('township plan with ① sub-tasks and 牵头单位/配合单位 lines', () => {
  it('reads the notice, the township and the outline', async () => {
    const doc = await parseDocumentFile(path.join(FIXTURES, 'township-plan.txt'));
    expect(doc).toMatchObject({
      title: '龙渊街道法治建设实施方案',
      issuer: '中共龙泉市龙渊街道工作委员会',
      docNumber: '龙渊街〔2023〕5号',
      id: 'doc-龙渊街-2023-5',
      date: '2023-03-08',
      level: 'township',
      region: { code: '331181001', name: '龙渊街道', level: 'township' },
    });
    expect(doc.forwardingNotice).toContain('关于印发《龙渊街道法治建设实施方案》的通知');
    expect(doc.provisions.map((p) => p.path)).toEqual([
      '一、',
      '一、(一)',
      '一、(一)1.',
      '一、(一)2.',
      '一、(一)2.①',
      '一、(一)2.②',
      '一、(二)',
      '一、(二)3.',
      '二、',
      '二、(一)',
    ]);
    expect(byPath(doc, '一、(一)2.②')).toMatchObject({
      kind: 'subtask',
      ordinal: '②',
      ordinalNumber: 2,
      text: '重大行政决策事项合法性审查率达到100%。',
    });
    expect(doc.closing).toBe('各社区、各科室要抓好落实,工作情况及时报送街道党政办。');
  });
  it('attaches 牵头单位/配合单位 lines to the provision above them', async () => {
    const doc = await parseDocumentFile(path.join(FIXTURES, 'township-plan.txt'));
    expect(byPath(doc, '一、(一)1.').units.map((u) => [u.name, u.role])).toEqual([
      ['街道党政办', 'lead'],
      ['街道司法所', 'support'],
      ['街道综治中心', 'support'],
    ]);
    expect(byPath(doc, '一、(一)1.').text).toBe('街道党政主要负责人每年听取法治建设工作汇报不少于2次。');
    // Printed after the last sub-task, they belong to the task, not to ②.
    expect(byPath(doc, '一、(一)2.').units.map((u) => [u.name, u.role])).toEqual([
      ['街道司法所', 'lead'],
      ['街道党政办', 'support'],
    ]);
    expect(byPath(doc, '一、(一)2.②').units).toEqual([]);
  });
});

describe('.pdf', () => {
  it('reads the text layer of a PDF', async () => {
    await expect(
      parseDocument({ bytes: buildAsciiPdf('Quarterly report of the city council'), fileName: 'report.pdf' }),
    ).rejects.toMatchObject({
      code: 'PARSE_FAILED',
      details: { reason: 'not-chinese' },
    });
  });
  it('refuses a broken PDF with a typed error', async () => {
    const bytes = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj garbage', 'latin1'));
    await expect(parseDocument({ bytes, fileName: 'broken.pdf' })).rejects.toMatchObject({
      code: 'PARSE_FAILED',
      details: { reason: 'pdf' },
    });
  });
});

describe('sidecar metadata', () => {
  it('records the source URL and retrieval date', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-sidecar-'));
    const file = path.join(dir, 'traditional-plan.txt');
    await writeFile(file, await readFile(path.join(FIXTURES, 'traditional-plan.txt')));
    await writeFile(
      `${file}.meta.json`,
      JSON.stringify({
        url: 'https://www.example.gov.cn/art/2022/6/1/art_1.html',
        retrievedAt: '2024-05-01T08:00:00Z',
      }),
    );
    const doc = await parseDocumentFile(file);
    expect(doc.source).toMatchObject({
      url: 'https://www.example.gov.cn/art/2022/6/1/art_1.html',
      retrievedAt: '2024-05-01T08:00:00Z',
    });
    await writeFile(`${file}.meta.json`, '{ not json');
    await expect(parseDocumentFile(file)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
