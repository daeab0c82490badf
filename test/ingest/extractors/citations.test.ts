// Citations and their keys on the preambles and tasks of the seed corpus.
import { describe, expect, it } from 'vitest';
import {
  citationTitleKey,
  extractCitationAliases,
  extractCitations,
} from '../../../src/ingest/citations/index.js';

describe('extractCitations', () => {
  it('reads the 龙泉 preamble: issuers, PDF spaces, and 根据…精神 as implements', () => {
    const text =
      '为进一步夯实法治建设基层基础,深化法治龙泉建设,切实提升基层依法治理水平,根据中共中央《法治中国建设规划 (2020—2025 年)》、中央全面依法治国委员会《关于进一步 加强市县法治建设的意见》、省委办公厅省政府办公厅《关于 全面推进乡镇(街道)法治化综合改革的意见》等有关精神, 结合我市实际,现就全面推进乡镇(街道)法治化综合改革提出如下实施方案。';
    expect(extractCitations(text)).toEqual([
      {
        title: '法治中国建设规划(2020—2025年)',
        titleKey: '法治中国建设规划(2020-2025年)',
        issuer: '中共中央',
        docNumber: null,
        relation: 'implements',
      },
      {
        title: '关于进一步加强市县法治建设的意见',
        titleKey: '关于进一步加强市县法治建设的意见',
        issuer: '中央全面依法治国委员会',
        docNumber: null,
        relation: 'implements',
      },
      {
        title: '关于全面推进乡镇(街道)法治化综合改革的意见',
        titleKey: '关于全面推进乡镇(街道)法治化综合改革的意见',
        issuer: '省委办公厅省政府办公厅',
        docNumber: null,
        relation: 'implements',
      },
    ]);
  });

  it('reads the 株洲县 preamble: a declared short name is skipped, nested 〈〉 titles kept whole or unwrapped', () => {
    const text =
      '为贯彻落实《中共中央关于全面推进依法治国若干重大问题的决定》(以下简称《决定》)、《湖南省贯彻落实〈中共中央关于全面推进依法治国若干重大问题的决定〉的实施方案》和《中共株洲市委〈关于全面推进依法治市的实施意见〉》精神,全面推进法治渌湘建设,特制定如下实施意见。';
    expect(extractCitations(text)).toEqual([
      {
        title: '中共中央关于全面推进依法治国若干重大问题的决定',
        titleKey: '关于全面推进依法治国若干重大问题的决定',
        issuer: null,
        docNumber: null,
        relation: 'implements',
      },
      {
        title: '湖南省贯彻落实〈中共中央关于全面推进依法治国若干重大问题的决定〉的实施方案',
        titleKey: '湖南省贯彻落实中共中央关于全面推进依法治国若干重大问题的决定的实施方案',
        issuer: null,
        docNumber: null,
        relation: 'implements',
      },
      {
        title: '关于全面推进依法治市的实施意见',
        titleKey: '关于全面推进依法治市的实施意见',
        issuer: '中共株洲市委',
        docNumber: null,
        relation: 'implements',
      },
    ]);
    expect(extractCitationAliases(text)).toEqual(
      new Map([['决定', '中共中央关于全面推进依法治国若干重大问题的决定']]),
    );
  });

  it('resolves a short name declared elsewhere in the document', () => {
    const aliases = new Map([['决定', '中共中央关于全面推进依法治国若干重大问题的决定']]);
    const text =
      '按照党的十八届四中全会《决定》提出的“三个统一”和“四个善于”的要求,健全党委领导建设法治渌湘的工作机制。';
    expect(extractCitations(text, { aliases })).toEqual([
      {
        title: '中共中央关于全面推进依法治国若干重大问题的决定',
        titleKey: '关于全面推进依法治国若干重大问题的决定',
        issuer: '党的十八届四中全会',
        docNumber: null,
        relation: 'implements',
      },
    ]);
  });

  it('reads the 鞍山 preamble: 贯彻落实…精神 and 按照…要求', () => {
    const text =
      '为深入贯彻落实《法治中国建设规划(2020—2025年)》精神,按照《辽宁省贯彻法治中国建设规划实施方案(2021—2025年)》要求,明确分工,压实责任,确保法治中国建设规划各项任务措施在鞍山落到实处,特制定本实施方案。';
    expect(extractCitations(text).map((c) => [c.title, c.relation])).toEqual([
      ['法治中国建设规划(2020—2025年)', 'implements'],
      ['辽宁省贯彻法治中国建设规划实施方案(2021—2025年)', 'implements'],
    ]);
  });

  it('treats 严格执行 / 按照…规定 / 推动 as plain citations and finds a printed issuer after the verb', () => {
    const text =
      '严格执行国务院《重大行政决策程序暂行条例》和《辽宁省重大行政决策程序规定》及《鞍山市人民政府重大行政决策程序规定》。';
    expect(extractCitations(text)).toEqual([
      {
        title: '重大行政决策程序暂行条例',
        titleKey: '重大行政决策程序暂行条例',
        issuer: '国务院',
        docNumber: null,
        relation: 'cites',
      },
      {
        title: '辽宁省重大行政决策程序规定',
        titleKey: '辽宁省重大行政决策程序规定',
        issuer: null,
        docNumber: null,
        relation: 'cites',
      },
      {
        title: '鞍山市人民政府重大行政决策程序规定',
        titleKey: '鞍山市人民政府重大行政决策程序规定',
        issuer: null,
        docNumber: null,
        relation: 'cites',
      },
    ]);
    expect(
      extractCitations('按照《行政强制法》等法律规定,梳理行政机关、人民法院强制执行的范围和权限。')[0]
        .relation,
    ).toBe('cites');
    expect(extractCitations('推动《中华人民共和国民法典》学习宣传活动向基层延伸。')[0].relation).toBe(
      'cites',
    );
    expect(
      extractCitations('认真落实《辽宁省矛盾纠纷多元预防化解条例》,积极推进综治服务中心建设')[0].relation,
    ).toBe('implements');
  });

  it('reads joint issuers and a 文号 printed after the title', () => {
    const text =
      '根据中共中央办公厅、国务院办公厅《关于加强法治政府建设的意见》(中办发〔2021〕12号),结合本地实际。';
    expect(extractCitations(text)).toEqual([
      {
        title: '关于加强法治政府建设的意见',
        titleKey: '关于加强法治政府建设的意见',
        issuer: '中共中央办公厅、国务院办公厅',
        docNumber: '中办发〔2021〕12号',
        relation: 'implements',
      },
    ]);
  });

  it('reports a document cited twice once, as implemented if any mention implements it', () => {
    const text =
      '各地区要围绕《法治中国建设规划(2020—2025年)》和省、市委工作要求,落实《法治中国建设规划（2020-2025年）》。';
    expect(extractCitations(text)).toEqual([
      {
        title: '法治中国建设规划(2020—2025年)',
        titleKey: '法治中国建设规划(2020-2025年)',
        issuer: null,
        docNumber: null,
        relation: 'implements',
      },
    ]);
  });

  it('reads an issuer before 印发的 and skips newspapers', () => {
    const text = '深入学习国务院印发的《法治政府建设实施纲要(2021—2025年)》,在《鞍山日报》开设专栏。';
    expect(extractCitations(text)).toEqual([
      {
        title: '法治政府建设实施纲要(2021—2025年)',
        titleKey: '法治政府建设实施纲要(2021-2025年)',
        issuer: '国务院',
        docNumber: null,
        relation: 'cites',
      },
    ]);
  });

  it('finds nothing where nothing is cited', () => {
    expect(extractCitations('完善立法工作格局。')).toEqual([]);
    expect(extractCitations('一个未闭合的《标题')).toEqual([]);
  });
});

describe('citationTitleKey', () => {
  it('makes Traditional and Simplified, dash and bracket forms one key', () => {
    const key = citationTitleKey('法治中国建设规划(2020—2025年)');
    expect(citationTitleKey('法治中國建設規劃(2020—2025年)')).toBe(key);
    expect(citationTitleKey('法治中国建设规划（2020-2025年）')).toBe(key);
    expect(citationTitleKey('法治中国建设规划 (2020 – 2025 年)')).toBe(key);
    expect(citationTitleKey('法治中国建设规划〔2020―2025年〕')).toBe(key);
    expect(key).toBe('法治中国建设规划(2020-2025年)');
  });

  it('drops the (全文) note and an issuer written into the title', () => {
    const key = citationTitleKey('关于进一步加强市县法治建设的意见');
    expect(citationTitleKey('中央全面依法治國委員會關於進一步加強市縣法治建設的意見(全文)')).toBe(key);
    expect(citationTitleKey('中央全面依法治国委员会关于进一步加强市县法治建设的意见')).toBe(key);
  });

  it('keeps different documents apart', () => {
    expect(citationTitleKey('法治中国建设规划(2020—2025年)')).not.toBe(
      citationTitleKey('法治社会建设实施纲要(2020—2025年)'),
    );
    expect(
      citationTitleKey('湖南省贯彻落实〈中共中央关于全面推进依法治国若干重大问题的决定〉的实施方案'),
    ).not.toBe(citationTitleKey('中共中央关于全面推进依法治国若干重大问题的决定'));
  });
});
