// Responsible units on sentences copied from the seed corpus (Simplified, as ingest-core hands
// them over) and on real-world forms the corpus lacks.
import { describe, expect, it } from 'vitest';
import {
  detectUnitRule,
  extractUnits,
  NO_UNIT_RULE,
  type UnitRule,
} from '../../../src/ingest/units/index.js';
import type { RegionRef } from '../../../src/ingest/schema.js';
import { loadGazetteer } from '../../../src/regions/index.js';

const gazetteer = loadGazetteer();
const ANSHAN: RegionRef = { code: '210300', name: '鞍山市', level: 'city', ancestors: ['210000'] };
const LONGQUAN: RegionRef = {
  code: '331181',
  name: '龙泉市',
  level: 'county',
  ancestors: ['330000', '331100'],
};
const ZHUZHOU_COUNTY: RegionRef = {
  code: '430221',
  name: '渌口区',
  level: 'county',
  ancestors: ['430000', '430200'],
};

type Row = [name: string, role: 'lead' | 'co-lead' | 'support', collective?: boolean, regionCode?: string];
const units = (region: RegionRef, rows: Row[]) =>
  rows.map(([name, role, collective = false, regionCode = region.code]) => ({
    name,
    role,
    collective,
    regionCode,
  }));

const FIRST_LISTED: UnitRule = { kind: 'first-listed-lead', statement: '列第一位的为牵头单位' };

describe('detectUnitRule', () => {
  it('reads the rule stated inside the first 龙泉 annotation', () => {
    const text =
      '对重要涉法工作有部署、有协调、有检查、有督办、有留痕。(市委依法治市 办、市委组织部、市委编办,列第一位的为牵头单位,下同)';
    expect(detectUnitRule(text)).toEqual(FIRST_LISTED);
  });

  it('reads the 株洲县 wording 排名第一的单位为牵头单位', () => {
    const text = '(责任单位:县人大常委会办公室、县委办公室、县政府法制办。排名第一的单位为牵头单位。下同)';
    expect(detectUnitRule(text)).toEqual({
      kind: 'first-listed-lead',
      statement: '排名第一的单位为牵头单位',
    });
  });

  it('reads joint and separate leads stated for the whole document', () => {
    expect(detectUnitRule('说明:列有多个责任单位的,由各单位共同牵头。').kind).toBe('joint-lead');
    expect(detectUnitRule('多个责任单位的,分别牵头负责。').kind).toBe('separate-lead');
  });

  it('finds no rule in 鞍山, whose lists carry none', () => {
    expect(detectUnitRule('〔责任单位:各级党委(党组)〕\n(责任单位:市人大法制委、市司法局)')).toEqual(
      NO_UNIT_RULE,
    );
  });
});

describe('extractUnits on 鞍山 (no rule: every unit leads)', () => {
  const ctx = { rule: NO_UNIT_RULE, region: ANSHAN, gazetteer };

  it('reads 〔责任单位:…〕 with collective units after the comma', () => {
    const r = extractUnits(
      '出台的地方性法规、政府规章,出台的决议、决定和规范性文件,都不得同宪法和法律相抵触。〔责任单位:市人大各专门委员会、市司法局,各县(市)区、开发区〕',
      ctx,
    );
    expect(r.body).toBe('出台的地方性法规、政府规章,出台的决议、决定和规范性文件,都不得同宪法和法律相抵触。');
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市人大各专门委员会', 'lead', true],
        ['市司法局', 'lead'],
        ['各县(市)区', 'lead', true],
        ['开发区', 'lead', true],
      ]),
    );
    expect(r.warnings).toEqual([]);
  });

  it('keeps 各级党委(党组) whole and collective', () => {
    const r = extractUnits('各级党委(党组)要带头尊崇宪法、执行宪法。〔责任单位:各级党委(党组)〕', ctx);
    expect(r.units).toEqual(units(ANSHAN, [['各级党委(党组)', 'lead', true]]));
  });

  it('reads (责任单位:…) and scopes 岫岩县 to its own county', () => {
    const r = extractUnits(
      '加强党委对立法工作的领导。完善党委领导、人大主导、政府依托、各方参与的立法工作格局。(责任单位:市委办公室、市人大常委会办公室、市司法局,岫岩县)',
      ctx,
    );
    expect(r.body).toBe(
      '加强党委对立法工作的领导。完善党委领导、人大主导、政府依托、各方参与的立法工作格局。',
    );
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市委办公室', 'lead'],
        ['市人大常委会办公室', 'lead'],
        ['市司法局', 'lead'],
        ['岫岩县', 'lead', false, '210323'],
      ]),
    );
  });

  it('splits 市司法局等市直有关单位 into the named unit and the class', () => {
    const r = extractUnits(
      '深入开展以案释法活动。〔责任单位:市委宣传部、市人大监察司法委、市中级人民法院、市人民检察院、市公安局、市司法局等市直有关单位,各县(市)区、开发区〕',
      ctx,
    );
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市委宣传部', 'lead'],
        ['市人大监察司法委', 'lead'],
        ['市中级人民法院', 'lead'],
        ['市人民检察院', 'lead'],
        ['市公安局', 'lead'],
        ['市司法局', 'lead'],
        ['市直有关单位', 'lead', true],
        ['各县(市)区', 'lead', true],
        ['开发区', 'lead', true],
      ]),
    );
  });

  it('keeps a second name in brackets with its unit: 市营商局(市行政审批局)', () => {
    const r = extractUnits('进一步加强诚信政府建设。〔责任单位:市营商局(市行政审批局)等市直有关单位〕', ctx);
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市营商局(市行政审批局)', 'lead'],
        ['市直有关单位', 'lead', true],
      ]),
    );
  });

  it('splits 市人大法制委及其他专门委员会', () => {
    const r = extractUnits('完善立法。(责任单位:市人大法制委及其他专门委员会、市司法局)', ctx);
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市人大法制委', 'lead'],
        ['其他专门委员会', 'lead', true],
        ['市司法局', 'lead'],
      ]),
    );
  });
});

describe('extractUnits on 龙泉 bare lists (列第一位的为牵头单位)', () => {
  const ctx = { rule: FIRST_LISTED, region: LONGQUAN, gazetteer };

  it('removes the rule statement and joins names broken by PDF spaces', () => {
    const r = extractUnits(
      '明确具体办事机构承办法治建设日常事务,对重要涉法工作有部署、有协调、有检查、有督办、有留痕。(市委依法治市 办、市委组织部、市委编办,列第一位的为牵头单位,下同)',
      ctx,
    );
    expect(r.body).toBe(
      '明确具体办事机构承办法治建设日常事务,对重要涉法工作有部署、有协调、有检查、有督办、有留痕。',
    );
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市委依法治市办', 'lead'],
        ['市委组织部', 'support'],
        ['市委编办', 'support'],
      ]),
    );
  });

  it('applies a rule found in the annotation even when the caller passed none', () => {
    const r = extractUnits('有留痕。(市委依法治市办、市委组织部、市委编办,列第一位的为牵头单位,下同)', {
      rule: NO_UNIT_RULE,
      region: LONGQUAN,
    });
    expect(r.units.map((u) => u.role)).toEqual(['lead', 'support', 'support']);
  });

  it('first listed leads, the rest support', () => {
    const r = extractUnits(
      '构建运行顺畅、充满活力、执行有力的权力运行机制,强化权力清单刚性约束。 (市委编办、 市行政服务中心)',
      ctx,
    );
    expect(r.body).toBe('构建运行顺畅、充满活力、执行有力的权力运行机制,强化权力清单刚性约束。');
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市委编办', 'lead'],
        ['市行政服务中心', 'support'],
      ]),
    );
  });

  it('共同牵头: co-leads before the marker, supporters after, a repeated unit keeps its stronger role', () => {
    const r = extractUnits(
      '充分发挥专(兼)职网格员巡查上报前哨作用。(市司法局、市委政法委共同牵头,市综合执法局、市司法局,各行政执法机关)',
      ctx,
    );
    expect(r.body).toBe('充分发挥专(兼)职网格员巡查上报前哨作用。');
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市司法局', 'co-lead'],
        ['市委政法委', 'co-lead'],
        ['市综合执法局', 'support'],
        ['各行政执法机关', 'support', true],
      ]),
    );
  });

  it('共同牵头 with three co-leads', () => {
    const r = extractUnits(
      '按规赋予其在工作考核、人员管理等方面的权限。(市综合执法局、市委 编办、市委组织部共同牵头,各行政执法机关)',
      ctx,
    );
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市综合执法局', 'co-lead'],
        ['市委编办', 'co-lead'],
        ['市委组织部', 'co-lead'],
        ['各行政执法机关', 'support', true],
      ]),
    );
  });

  it('分别牵头: each named unit leads, the rest support', () => {
    const r = extractUnits(
      '对工程项目、征地拆迁以及村民关注的民生问题开展民主协商。 (市人大办、市政协办分别牵头,市委政法委、市 委依法治市办)',
      ctx,
    );
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市人大办', 'lead'],
        ['市政协办', 'lead'],
        ['市委政法委', 'support'],
        ['市委依法治市办', 'support'],
      ]),
    );
  });

  it('分别牵头 with nobody after it', () => {
    const r = extractUnits(
      '把法治素养和依法履职情况作为考核评价干部的重要内容。 (市委依法治市办、市委组织部分别牵头)',
      ctx,
    );
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市委依法治市办', 'lead'],
        ['市委组织部', 'lead'],
      ]),
    );
  });

  it('keeps 市纪委市监委机关 as one unit', () => {
    const r = extractUnits(
      '强化对法治领域突出问题监督。 (市委依法治市办、市纪委市监 委机关、市委组织部、市委政法委、市委巡察办、市司法局)',
      ctx,
    );
    expect(r.units.map((u) => [u.name, u.role])).toEqual([
      ['市委依法治市办', 'lead'],
      ['市纪委市监委机关', 'support'],
      ['市委组织部', 'support'],
      ['市委政法委', 'support'],
      ['市委巡察办', 'support'],
      ['市司法局', 'support'],
    ]);
  });

  it('leaves ordinary parenthetical remarks in the text', () => {
    for (const text of [
      '建设更高水平“民主法治示范村(社区) ” 。',
      '深入贯彻《法治中国建设规划(2020—2025年)》',
      '推进乡镇(街道)',
      '制定实施方案(以下简称《方案》)',
      '完成清理工作。(2021年底前)',
      '健全制度。(试行)',
    ]) {
      const r = extractUnits(text, ctx);
      expect(r.units).toEqual([]);
      expect(r.body).toBe(text.trimEnd());
    }
  });
});

describe('extractUnits on 株洲县 (排名第一的单位为牵头单位)', () => {
  const rule = detectUnitRule('(责任单位:县人大常委会办公室、县委办公室。排名第一的单位为牵头单位。下同)');
  const ctx = { rule, region: ZHUZHOU_COUNTY, gazetteer };

  it('removes the statement from the first list', () => {
    const r = extractUnits(
      '实行宪法宣誓制度。(责任单位:县人大常委会办公室、县委办公室、县委组织部、县委政法委、县法院、县检察院、县人大内司委、县政府办公室、县人社局、县公安局、县司法局、县政府法制办。排名第一的单位为牵头单位。下同)',
      ctx,
    );
    expect(r.body).toBe('实行宪法宣誓制度。');
    expect(r.units).toEqual(
      units(ZHUZHOU_COUNTY, [
        ['县人大常委会办公室', 'lead'],
        ['县委办公室', 'support'],
        ['县委组织部', 'support'],
        ['县委政法委', 'support'],
        ['县法院', 'support'],
        ['县检察院', 'support'],
        ['县人大内司委', 'support'],
        ['县政府办公室', 'support'],
        ['县人社局', 'support'],
        ['县公安局', 'support'],
        ['县司法局', 'support'],
        ['县政府法制办', 'support'],
      ]),
    );
  });

  it('splits 县物价局等相关单位 and flags the class', () => {
    const r = extractUnits(
      '杜绝利用“红头文件”设立非行政许可审批和行政收费事项。(责任单位:县编办、县政府法制办、县政务服务中心、县财政局、县物价局等相关单位)',
      ctx,
    );
    expect(r.units).toEqual(
      units(ZHUZHOU_COUNTY, [
        ['县编办', 'lead'],
        ['县政府法制办', 'support'],
        ['县政务服务中心', 'support'],
        ['县财政局', 'support'],
        ['县物价局', 'support'],
        ['相关单位', 'support', true],
      ]),
    );
  });

  it('flags member units and named classes as collective', () => {
    expect(extractUnits('(责任单位:县综治办、县综治委成员单位)', ctx).units).toEqual(
      units(ZHUZHOU_COUNTY, [
        ['县综治办', 'lead'],
        ['县综治委成员单位', 'support', true],
      ]),
    );
    expect(extractUnits('(责任单位:县政府法制办、行政执法相关单位)', ctx).units).toEqual(
      units(ZHUZHOU_COUNTY, [
        ['县政府法制办', 'lead'],
        ['行政执法相关单位', 'support', true],
      ]),
    );
  });
});

describe('extractUnits on forms not in the corpus', () => {
  it('reads 牵头单位:/配合单位: lines after the task text', () => {
    const r = extractUnits(
      '建立行政执法案例指导制度。\n牵头单位:市司法局;配合单位:市中级人民法院、市人民检察院',
      {
        rule: NO_UNIT_RULE,
        region: ANSHAN,
      },
    );
    expect(r.body).toBe('建立行政执法案例指导制度。');
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市司法局', 'lead'],
        ['市中级人民法院', 'support'],
        ['市人民检察院', 'support'],
      ]),
    );
  });

  it('reads labels on separate lines, with 协办单位 as support', () => {
    const r = extractUnits(
      '推进公共法律服务体系建设。\n牵头单位:市司法局\n协办单位:市财政局、各县(市、区)人民政府',
      {
        rule: NO_UNIT_RULE,
        region: ANSHAN,
      },
    );
    expect(r.body).toBe('推进公共法律服务体系建设。');
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市司法局', 'lead'],
        ['市财政局', 'support'],
        ['各县(市、区)人民政府', 'support', true],
      ]),
    );
  });

  it('two units under 牵头单位 lead jointly', () => {
    const r = extractUnits('(牵头单位:市委政法委、市司法局;配合单位:各乡镇(街道))', {
      rule: NO_UNIT_RULE,
      region: LONGQUAN,
    });
    expect(r.units).toEqual(
      units(LONGQUAN, [
        ['市委政法委', 'co-lead'],
        ['市司法局', 'co-lead'],
        ['各乡镇(街道)', 'support', true],
      ]),
    );
  });

  it('reads 主要责任单位 under the document rule and a bare 牵头/配合 list', () => {
    const r1 = extractUnits('全面推行证明事项告知承诺制。\n主要责任单位:市司法局、市营商局', {
      rule: FIRST_LISTED,
      region: ANSHAN,
    });
    expect(r1.units.map((u) => [u.name, u.role])).toEqual([
      ['市司法局', 'lead'],
      ['市营商局', 'support'],
    ]);
    const r2 = extractUnits('推进信访工作法治化。(市信访局牵头,市委政法委、市司法局配合)', {
      rule: NO_UNIT_RULE,
      region: LONGQUAN,
    });
    expect(r2.units.map((u) => [u.name, u.role])).toEqual([
      ['市信访局', 'lead'],
      ['市委政法委', 'support'],
      ['市司法局', 'support'],
    ]);
  });

  it('scopes 省… units to the province and 市… units in a county plan to the city', () => {
    const r = extractUnits('(责任单位:省司法厅、市司法局、县司法局)', {
      rule: NO_UNIT_RULE,
      region: ZHUZHOU_COUNTY,
      gazetteer,
    });
    expect(r.units.map((u) => [u.name, u.regionCode])).toEqual([
      ['省司法厅', '430000'],
      ['市司法局', '430200'],
      ['县司法局', '430221'],
    ]);
  });

  it('reads a role printed after one name and 按职责分工负责 classes', () => {
    const r = extractUnits('健全工作机制。(责任单位:市司法局(牵头)、市财政局,各有关单位按职责分工负责)', {
      rule: NO_UNIT_RULE,
      region: ANSHAN,
    });
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市司法局', 'lead'],
        ['市财政局', 'support'],
        ['各有关单位', 'support', true],
      ]),
    );
  });

  it('reads 责任单位 beside 牵头单位 as the supporting units, and stops at 完成时限', () => {
    const r = extractUnits(
      '建立法律顾问制度。(牵头单位:市司法局;责任单位:市财政局、市人社局;完成时限:2022年底前)',
      {
        rule: NO_UNIT_RULE,
        region: ANSHAN,
      },
    );
    expect(r.body).toBe('建立法律顾问制度。');
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市司法局', 'lead'],
        ['市财政局', 'support'],
        ['市人社局', 'support'],
      ]),
    );
  });

  it('splits units separated by spaces but joins names broken by a line wrap', () => {
    const r = extractUnits('责任单位:市司法局 市财政局 市委依法治市 办', {
      rule: NO_UNIT_RULE,
      region: ANSHAN,
    });
    expect(r.units.map((u) => u.name)).toEqual(['市司法局', '市财政局', '市委依法治市办']);
  });

  it('reads 由X牵头,Y落实 and drops a bare 等部门 tail and bracketed notes', () => {
    const r = extractUnits('健全工作机制。(由市司法局牵头,各县(市、区)人民政府落实)', {
      rule: NO_UNIT_RULE,
      region: ANSHAN,
    });
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市司法局', 'lead'],
        ['各县(市、区)人民政府', 'support', true],
      ]),
    );
    const r2 = extractUnits('责任单位:市委组织部、市司法局等部门(按职责分工负责)', {
      rule: NO_UNIT_RULE,
      region: ANSHAN,
    });
    expect(r2.units.map((u) => u.name)).toEqual(['市委组织部', '市司法局']);
    const r3 = extractUnits('责任单位:县级以上人民政府', { rule: NO_UNIT_RULE, region: ANSHAN });
    expect(r3.units.map((u) => [u.name, u.collective])).toEqual([['县级以上人民政府', true]]);
  });

  it('reads labels in lenticular brackets: 【牵头单位】…【责任单位】…', () => {
    const r = extractUnits(
      '推进综合行政执法改革。\n【牵头单位】市委编办 【责任单位】市司法局、各县(市、区)政府',
      {
        rule: NO_UNIT_RULE,
        region: ANSHAN,
      },
    );
    expect(r.body).toBe('推进综合行政执法改革。');
    expect(r.units).toEqual(
      units(ANSHAN, [
        ['市委编办', 'lead'],
        ['市司法局', 'support'],
        ['各县(市、区)政府', 'support', true],
      ]),
    );
  });

  it('reads a lead named in a closing note: (市司法局牵头)', () => {
    const r = extractUnits('(责任单位:市委政法委、市司法局、市公安局(市司法局牵头))', {
      rule: NO_UNIT_RULE,
      region: ANSHAN,
    });
    expect(r.units.map((u) => [u.name, u.role])).toEqual([
      ['市委政法委', 'support'],
      ['市司法局', 'lead'],
      ['市公安局', 'support'],
    ]);
  });

  it('scopes units naming a division of the province or the centre, and leaves them unscoped without a region', () => {
    const r = extractUnits('(责任单位:辽宁省司法厅、鞍山军分区、国务院办公厅)', {
      rule: NO_UNIT_RULE,
      region: ANSHAN,
      gazetteer,
    });
    expect(r.units.map((u) => [u.name, u.regionCode])).toEqual([
      ['辽宁省司法厅', '210000'],
      ['鞍山军分区', '210300'],
      ['国务院办公厅', '000000'],
    ]);
    expect(extractUnits('(责任单位:市司法局)', { rule: NO_UNIT_RULE, region: null }).units).toEqual([
      { name: '市司法局', role: 'lead', collective: false, regionCode: null },
    ]);
  });

  it('warns about an annotation that names no unit', () => {
    const r = extractUnits('加强组织领导。(责任单位:)', { rule: NO_UNIT_RULE, region: ANSHAN });
    expect(r.body).toBe('加强组织领导。');
    expect(r.units).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['UNIT_ANNOTATION_EMPTY']);
  });
});
