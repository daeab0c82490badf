// Metadata recognizers, the split into notice / header / body, region resolution and IDs.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/regions/index.js';
import { documentId } from '../../src/ingest/metadata/doc-id.js';
import { splitDocumentParts } from '../../src/ingest/metadata/front-matter.js';
import {
  endsLikeTitle,
  findDocNumber,
  findNoticeSentence,
  isOrganizationLine,
  parseAdoptionLine,
  parseDateLine,
} from '../../src/ingest/metadata/patterns.js';
import { resolveRegion } from '../../src/ingest/metadata/region.js';

const lines = (texts: string[]) => texts.map((text) => ({ original: text, text }));

describe('patterns', () => {
  it('normalizes document numbers to 〔〕', () => {
    expect(findDocNumber('鞍委发〔2021〕25号')).toBe('鞍委发〔2021〕25号');
    expect(findDocNumber('株县发[2015]1号')).toBe('株县发〔2015〕1号');
    expect(findDocNumber('发文字号:浙政办发(2022)07号')).toBe('浙政办发〔2022〕7号');
    expect(findDocNumber('到2025年')).toBeNull();
  });
  it('reads dates in three forms', () => {
    expect(parseDateLine('2021年12月10日')).toBe('2021-12-10');
    expect(parseDateLine('二〇二一年十二月十日')).toBe('2021-12-10');
    expect(parseDateLine('2015-03-02')).toBe('2015-03-02');
    expect(parseDateLine('2021年13月10日')).toBeNull();
    expect(parseDateLine('到2021年12月10日前完成')).toBeNull();
  });
  it('reads adoption notes under a title', () => {
    expect(parseAdoptionLine('(2015年1月26日中国共产党株洲县第九届委员会第八次全体会议通过)')).toBe(
      '2015-01-26',
    );
    expect(parseAdoptionLine('(2021—2025年)')).toBeNull();
  });
  it('recognizes issuing bodies and titles', () => {
    expect(isOrganizationLine('中共鞍山市委')).toBe(true);
    expect(isOrganizationLine('中共绍兴市委全面依法治市委员会')).toBe(true);
    expect(isOrganizationLine('中共某市委 某市人民政府')).toBe(true);
    expect(isOrganizationLine('各县(市)区委,各开发区党工委,市委各部委:')).toBe(false);
    expect(endsLikeTitle('鞍山市贯彻法治中国建设规划实施方案(2021—2025年)')).toBe(true);
    expect(endsLikeTitle('关于全面推进乡镇(街道)法治化综合改革的实施方案(征求意见稿)')).toBe(true);
    expect(endsLikeTitle('中共株洲县委')).toBe(false);
  });
  it('finds the sentence by which a notice issues the document', () => {
    expect(
      findNoticeSentence('现将《法治绍兴建设规划(2021—2025年)》印发给你们,请结合实际认真贯彻落实。'),
    ).toEqual({
      title: '法治绍兴建设规划(2021—2025年)',
    });
    expect(findNoticeSentence('为深入贯彻落实《法治中国建设规划(2020—2025年)》精神')).toBeNull();
  });
});

describe('splitDocumentParts', () => {
  it('separates a forwarding notice, a two-line title and the body', () => {
    const parts = splitDocumentParts(
      lines([
        '某委发〔2021〕3号',
        '各区委:',
        '现将《某市法治建设规划实施方案(2021—2025年)》印发给你们,请认真贯彻落实。',
        '中共某市委',
        '2021年12月10日',
        '(此件公开发布)',
        '某市法治建设规划',
        '实施方案(2021—2025年)',
        '为贯彻落实《法治中国建设规划(2020—2025年)》,制定本方案。',
        '一、总体要求',
        '1.加强领导。',
        '各地区各部门要抓好落实。',
        '中共某市委',
        '2021年12月10日',
      ]),
    );
    expect(parts.notice).toMatchObject({ start: 0, end: 6, issuer: '中共某市委', date: '2021-12-10' });
    expect(parts.docNumber).toBe('某委发〔2021〕3号');
    expect(parts.title).toEqual({ start: 6, end: 8 });
    expect(parts.preamble).toEqual({ start: 8, end: 9 });
    expect(parts.body).toEqual({ start: 9, end: 12 });
    expect(parts.signature).toEqual({ issuer: '中共某市委', date: '2021-12-10' });
  });
  it('ignores a numbered list inside the notice', () => {
    const parts = splitDocumentParts(
      lines([
        '各镇:',
        '现将《某县实施方案》印发给你们,并提出以下要求:',
        '某县人民政府',
        '2022年3月1日',
        '某县实施方案',
        '一、总体要求',
        '(一)指导思想',
      ]),
    );
    expect(parts.notice?.end).toBe(4);
    expect(parts.title).toEqual({ start: 4, end: 5 });
    expect(parts.body.start).toBe(5);
  });
  it('recognizes a notice that does not name the document in its 印发 sentence', () => {
    const parts = splitDocumentParts(
      lines([
        '关于印发《某镇法治建设工作要点》的通知',
        '各村:',
        '现将该要点印发给你们,请认真贯彻执行。',
        '某镇人民政府',
        '2023年2月1日',
        '一、总体要求',
      ]),
    );
    expect(parts.notice).toMatchObject({
      start: 0,
      end: 5,
      title: '某镇法治建设工作要点',
      issuer: '某镇人民政府',
      date: '2023-02-01',
    });
    expect(parts.title).toBeNull();
    expect(parts.body.start).toBe(5);
  });
  it('reads a header with document number, issuer and adoption note', () => {
    const parts = splitDocumentParts(
      lines([
        '株县发〔2015〕1号',
        '中共株洲县委',
        '关于全面推进法治渌湘建设的实施意见',
        '(2015年1月26日中国共产党株洲县第九届委员会第八次全体会议通过)',
        '为贯彻落实《决定》,提出如下意见。',
        '一、指导思想',
      ]),
    );
    expect(parts).toMatchObject({
      docNumber: '株县发〔2015〕1号',
      headerIssuer: '中共株洲县委',
      adoptionDate: '2015-01-26',
      title: { start: 2, end: 3 },
    });
    expect(parts.preamble).toEqual({ start: 4, end: 5 });
  });
  it('stops the body at an appendix', () => {
    const parts = splitDocumentParts(lines(['某方案', '一、任务', '1.落实。', '附件', '任务分工表']));
    expect(parts.body).toEqual({ start: 1, end: 3 });
    expect(parts.appendix).toEqual({ start: 3, end: 5 });
  });
});

describe('resolveRegion', () => {
  const gazetteer = loadGazetteer();
  it('uses the issuer first', () => {
    expect(resolveRegion({ issuer: '中共鞍山市委', title: '', text: '' }, gazetteer)).toMatchObject({
      level: 'city',
      region: { code: '210300' },
    });
    expect(resolveRegion({ issuer: '中共株洲县委', title: '', text: '' }, gazetteer)).toMatchObject({
      level: 'county',
      region: { code: '430212' },
    });
    expect(resolveRegion({ issuer: '国务院办公厅', title: '', text: '' }, gazetteer)).toMatchObject({
      level: 'central',
      region: { code: '000000' },
    });
  });
  it('falls back to the place the text keeps naming, anchored in its province', () => {
    const text =
      '深化法治龙泉建设。市公安局、市公安局、市公安局负责。纳入浙江政务服务网。提升法治龙泉影响力。落实《浙江省规定》。';
    expect(
      resolveRegion({ issuer: null, title: '关于推进乡镇法治化的实施方案', text }, gazetteer),
    ).toMatchObject({
      level: 'county',
      region: { code: '331181', ancestors: ['330000', '331100'] },
      source: 'text',
    });
  });
  it('guesses the level from self-references when no place is named', () => {
    expect(resolveRegion({ issuer: null, title: '实施方案', text: '结合我县实际' }, gazetteer)).toMatchObject(
      { level: 'county', region: null },
    );
  });
});

describe('documentId', () => {
  it('uses the 文号 when printed', () => {
    expect(documentId({ docNumber: '鞍委发〔2021〕25号', regionCode: '210300', title: 'x' })).toBe(
      'doc-鞍委发-2021-25',
    );
  });
  it('is stable across draft stages and spacing of the title', () => {
    const a = documentId({
      docNumber: null,
      regionCode: '331181',
      title: '关于推进乡镇法治化的实施方案(征求意见稿)',
    });
    const b = documentId({ docNumber: null, regionCode: '331181', title: '关于推进乡镇法治化的 实施方案' });
    expect(a).toBe(b);
    expect(a).toMatch(/^doc-331181-[0-9a-f]{10}$/);
    expect(
      documentId({ docNumber: null, regionCode: '330600', title: '关于推进乡镇法治化的实施方案' }),
    ).not.toBe(a);
  });
});
