// The readers on their own: format detection, text decoding, HTML main content.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/read/format.js';
import { readHtml } from '../../src/ingest/read/html.js';
import { decodeText } from '../../src/ingest/read/text.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('detectFormat', () => {
  it('trusts leading bytes over the extension', () => {
    expect(detectFormat('plan.txt', bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat('plan', bytes('PK\x03\x04rest'))).toBe('docx');
    expect(detectFormat('page', bytes('<!DOCTYPE html><html>'))).toBe('html');
    expect(detectFormat('plan.HTM', bytes('<p>x</p>'))).toBe('html');
    expect(detectFormat('plan.txt', bytes('一、'))).toBe('txt');
  });
  it('refuses what it cannot read', () => {
    expect(() => detectFormat('plan.doc', bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
    expect(() => detectFormat('photo.jpg', bytes('\xff\xd8\xff'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
  });
});

describe('decodeText', () => {
  const text = '关于进一步加强市县法治建设的意见。一、总体要求。(一)指导思想。';
  it('decodes UTF-8, with or without BOM', () => {
    expect(decodeText(new Uint8Array(Buffer.from(text)), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from(`\ufeff${text}`)), 'a.txt')).toEqual({
      text,
      encoding: 'utf-8',
    });
  });
  it('detects GB18030/GBK', () => {
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk')), 'a.txt')).toEqual({
      text,
      encoding: 'gb18030',
    });
  });
  it('detects UTF-16 without a BOM', () => {
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le')), 'a.txt')).toEqual({
      text,
      encoding: 'utf-16le',
    });
  });
  it('refuses binary data', () => {
    expect(() =>
      decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]), 'a.png.txt'),
    ).toThrow(expect.objectContaining({ code: 'PARSE_FAILED' }));
  });
});

describe('readHtml', () => {
  it('takes the content container and restores the headline', () => {
    const html = `<html><head><title>关于加强法治建设的意见_某县政府网</title></head><body>
      <div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>
      <div class="content"><p>为贯彻落实有关精神，结合本县实际，提出如下意见。</p><p>一、总体要求</p><p>（一）指导思想。坚持党的领导，全面推进依法治县。</p></div>
      <div class="footer">版权所有 某县人民政府</div></body></html>`;
    const lines = readHtml(html)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual([
      '关于加强法治建设的意见',
      '为贯彻落实有关精神，结合本县实际，提出如下意见。',
      '一、总体要求',
      '（一）指导思想。坚持党的领导，全面推进依法治县。',
    ]);
  });
  it('breaks lines at <br>', () => {
    expect(
      readHtml('<body><div>一、总体要求<br>1.加强领导。<br/>2.健全机制。</div></body>')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(['一、总体要求', '1.加强领导。', '2.健全机制。']);
  });
});
