// Bad input gets a typed error or a best-effort document with explicit warnings — never a crash,
// a hang or silent garbage.
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/ingest/read/index.js';
import { parseDocument, parseDocumentFile } from '../../src/ingest/index.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const parseText = (text: string, fileName = 'input.txt') => parseDocument({ bytes: utf8(text), fileName });
const codes = (doc: Awaited<ReturnType<typeof parseDocument>>) => doc.warnings.map((w) => w.code);

describe('refused input', () => {
  it('empty file', async () => {
    await expect(parseText('')).rejects.toMatchObject({ code: 'PARSE_FAILED', details: { reason: 'empty' } });
    await expect(parseText(' \n\r\n\t ')).rejects.toMatchObject({
      code: 'PARSE_FAILED',
      details: { reason: 'empty' },
    });
  });
  it('binary data named .txt', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(parseDocument({ bytes, fileName: 'image.txt' })).rejects.toMatchObject({
      code: 'PARSE_FAILED',
      details: { reason: 'binary' },
    });
  });
  it('non-Chinese text', async () => {
    await expect(
      parseText('1. Strengthen the rule of law.\n2. Improve administrative review.\n'.repeat(50)),
    ).rejects.toMatchObject({
      code: 'PARSE_FAILED',
      details: { reason: 'not-chinese' },
    });
  });
  it('unsupported formats', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(parseDocument({ bytes: ole, fileName: 'plan.doc' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
    });
    await expect(parseText('一、总体要求', 'plan.png')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    await expect(parseText('一、总体要求', 'plan.pdf')).rejects.toMatchObject({ code: 'PARSE_FAILED' });
    await expect(parseText('一、总体要求', 'plan.docx')).rejects.toMatchObject({ code: 'PARSE_FAILED' });
  });
  it('a file over 50 MB, before reading it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-large-'));
    const file = path.join(dir, 'huge.txt');
    await writeFile(file, '');
    await truncate(file, MAX_INPUT_BYTES + 1); // sparse: no 50 MB on disk
    await expect(parseDocumentFile(file)).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
      details: { size: MAX_INPUT_BYTES + 1 },
    });
    await expect(
      parseDocument({ bytes: new Uint8Array(MAX_INPUT_BYTES + 1), fileName: 'huge.txt' }),
    ).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });
  it('a missing file', async () => {
    await expect(parseDocumentFile('/nonexistent/plan.txt')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('best-effort documents with warnings', () => {
  it('no recognizable outline', async () => {
    const doc = await parseText(
      '关于加强法治建设的意见\n全面依法治国基础在基层,工作重点在基层。加强市县法治建设,是确保全面依法治国各项部署要求落地落实的关键。',
    );
    expect(doc.provisions).toEqual([]);
    expect(codes(doc)).toContain('NO_OUTLINE');
    expect(doc.title).toBe('关于加强法治建设的意见');
  });
  it('no title line', async () => {
    const doc = await parseText(
      '一、加强组织领导\n1.各级党委要切实履行职责,推进法治建设。\n2.各级政府要依法行政,严格规范公正文明执法。',
      '某县方案.txt',
    );
    expect(doc.title).toBe('某县方案');
    expect(codes(doc)).toContain('TITLE_NOT_FOUND');
    expect(doc.provisions).toHaveLength(3);
  });
  it('mixed and broken numbering', async () => {
    const doc = await parseText(
      [
        '某县法治建设实施方案',
        '一、主要任务',
        '1.加强领导。',
        '(1)健全制度。',
        '②完善机制。',
        '3.强化保障。',
        '五、保障措施',
        '1.落实责任。',
      ].join('\n'),
    );
    expect(doc.provisions.map((p) => p.path)).toEqual([
      '一、',
      '一、1.',
      '一、1.(1)',
      '一、1.②',
      '一、3.',
      '五、',
      '五、1.',
    ]);
    expect(codes(doc)).toEqual(expect.arrayContaining(['MIXED_NUMBERING', 'ORDINAL_GAP']));
    expect(doc.warnings.find((w) => w.code === 'ORDINAL_GAP')?.line).toBe(6);
  });
  it('pathological lines finish (no regex blow-up)', async () => {
    const long = [
      '关于加强法治建设的意见',
      '一、' + '(((((一'.repeat(20_000),
      '1.' + '关(guān'.repeat(20_000),
      '2.' + '中共中央〔2021〕'.repeat(10_000),
      '3.' + '-1- '.repeat(20_000),
      '4.' + '一 二 '.repeat(40_000),
    ].join('\n');
    // A backtracking regex would hang here; the test timeout is the guard (no timing assertion).
    const doc = await parseText(long);
    expect(doc.provisions.filter((p) => p.kind === 'task')).toHaveLength(4);
  });
});
