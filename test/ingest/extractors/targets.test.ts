// Quantitative targets on sentences from the seed corpus and on forms it lacks.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/ingest/targets/index.js';

const y2021 = { documentYear: 2021 };

describe('extractTargets', () => {
  it('reads the 龙泉 main goals: every percentage with its metric, the shared deadline, and 到2030年', () => {
    const text =
      '通过全面推进乡镇(街道)法治化综合改革,到2025年,党对乡镇(街道)法治建设的领导全面加强,法治建设议事协调机制全面建立;乡镇(街道)依法行政能力明显提升,权责清单、重大行政决策目录化管理覆盖率达到100%,行政争议总量、行政诉讼败诉率持续下降;基层社会依法治理水平稳步提高,矛盾纠纷就地化解率达到90%;法治监督机制初步形成,法治督察和市委对乡镇(街道)巡察实现全覆盖;法治保障全面加强,配备公职律师或法律专业人员的乡镇(街道)达到80%;法治文化活动更加丰富,公民法治素养全面提升。到2030年,基层法治建设主要指标全省领先,人民群众获得感、幸福感、安全感进一步增强。';
    const targets = extractTargets(text, 'text', { documentYear: 2023 });
    expect(targets).toEqual([
      {
        text: '权责清单、重大行政决策目录化管理覆盖率达到100%',
        metric: '权责清单、重大行政决策目录化管理覆盖率',
        value: 100,
        unit: '%',
        comparator: '>=',
        period: null,
        deadline: '2025',
        span: { field: 'text', start: 79, end: 104 },
      },
      {
        text: '矛盾纠纷就地化解率达到90%',
        metric: '矛盾纠纷就地化解率',
        value: 90,
        unit: '%',
        comparator: '>=',
        period: null,
        deadline: '2025',
        span: { field: 'text', start: 139, end: 153 },
      },
      {
        text: '法治督察和市委对乡镇(街道)巡察实现全覆盖',
        metric: '法治督察和市委对乡镇(街道)巡察',
        value: 100,
        unit: '%',
        comparator: '=',
        period: null,
        deadline: '2025',
        span: { field: 'text', start: 165, end: 186 },
      },
      {
        text: '配备公职律师或法律专业人员的乡镇(街道)达到80%',
        metric: '配备公职律师或法律专业人员的乡镇(街道)',
        value: 80,
        unit: '%',
        comparator: '>=',
        period: null,
        deadline: '2025',
        span: { field: 'text', start: 196, end: 221 },
      },
      {
        text: '到2030年',
        metric: '基层法治建设主要指标全省领先',
        value: null,
        unit: null,
        comparator: null,
        period: null,
        deadline: '2030',
        span: { field: 'text', start: 244, end: 250 },
      },
    ]);
    for (const t of targets) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
  });

  it('reads 每年不少于2次 as a yearly minimum', () => {
    const text = '及时研究解决影响基层法治建设的重大问题,专题研究法治建设工作每年不少于2次。';
    expect(extractTargets(text, 'text', y2021)).toEqual([
      {
        text: '专题研究法治建设工作每年不少于2次',
        metric: '专题研究法治建设工作',
        value: 2,
        unit: '次',
        comparator: '>=',
        period: 'year',
        deadline: null,
        span: { field: 'text', start: 20, end: 37 },
      },
    ]);
  });

  it('resolves 五年内 against the document year (绍兴, 2021)', () => {
    const text = '探索建立公职律师待遇保障制度,五年内实现公职律师覆盖面达到90%。';
    expect(extractTargets(text, 'text', y2021)).toEqual([
      {
        text: '五年内实现公职律师覆盖面达到90%',
        metric: '公职律师覆盖面',
        value: 90,
        unit: '%',
        comparator: '>=',
        period: null,
        deadline: '2026',
        span: { field: 'text', start: 15, end: 32 },
      },
    ]);
    expect(extractTargets(text, 'text', { documentYear: null })[0].deadline).toBeNull();
  });

  it('reads 至少具有1名… with the counted noun as metric', () => {
    const text = '力争每个乡镇(街道)至少具有1名法学本科以上学历工作人员。';
    expect(extractTargets(text, 'text', y2021)).toEqual([
      {
        text: '每个乡镇(街道)至少具有1名法学本科以上学历工作人员',
        metric: '每个乡镇(街道)法学本科以上学历工作人员',
        value: 1,
        unit: '名',
        comparator: '>=',
        period: null,
        deadline: null,
        span: { field: 'text', start: 2, end: 28 },
      },
    ]);
  });

  it('reads 以上 / 不高于 / 不低于 / 低于 with the sentence deadline (鞍山)', () => {
    const text = '到2022年,一审诉讼案件服判息诉率达到85%以上,一审判决民事案件发改率不高于3%。';
    expect(
      extractTargets(text, 'text', y2021).map((t) => [t.metric, t.value, t.unit, t.comparator, t.deadline]),
    ).toEqual([
      ['一审诉讼案件服判息诉率', 85, '%', '>=', '2022'],
      ['一审判决民事案件发改率', 3, '%', '<=', '2022'],
    ]);
    const low = extractTargets('到2023年,社区矫正对象再犯罪率低于0.1%。', 'text', y2021);
    expect(low.map((t) => [t.metric, t.value, t.comparator, t.deadline])).toEqual([
      ['社区矫正对象再犯罪率', 0.1, '<', '2023'],
    ]);
  });

  it('reads deadlines standing alone: 年底前 and the 十四五 period', () => {
    expect(
      extractTargets('到2022年年底前,实现诉讼服务就近能办、同城通办、异地可办。', 'text', y2021),
    ).toEqual([
      {
        text: '到2022年年底前',
        metric: '诉讼服务就近能办、同城通办、异地可办',
        value: null,
        unit: null,
        comparator: null,
        period: null,
        deadline: '2022',
        span: { field: 'text', start: 0, end: 9 },
      },
    ]);
    // A plan period frames the goals in its sentence but is no goal of its own; past years are a review.
    expect(
      extractTargets('“十四五”期间,要努力实现建成“辽宁省法治政府建设示范市(县)”。', 'text', y2021),
    ).toEqual([]);
    expect(
      extractTargets(
        '“十三五”时期,绍兴市委始终坚持把法治建设作为重要内容。到2020年,取得明显成效。',
        'text',
        y2021,
      ),
    ).toEqual([]);
    const plan = extractTargets('“十四五”时期实现市县党政机关公职律师工作全覆盖。', 'text', y2021);
    expect(plan.map((t) => [t.text, t.metric, t.value, t.unit, t.comparator, t.deadline])).toEqual([
      ['“十四五”时期实现市县党政机关公职律师工作全覆盖', '市县党政机关公职律师工作', 100, '%', '=', '2025'],
    ]);
  });

  it('reads 实现全覆盖 as 100% coverage, the covered thing from the clause before when needed', () => {
    const text =
      '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,到2021年实现全覆盖。';
    expect(extractTargets(text, 'text', y2021).map((t) => [t.metric, t.value, t.deadline])).toEqual([
      ['行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度', 100, '2021'],
    ]);
    expect(
      extractTargets(
        '开展市县法治工作部门全战线、全覆盖培训轮训,构建全覆盖的整体政府监管体系。',
        'text',
        y2021,
      ),
    ).toEqual([]);
  });

  it('reads Chinese numerals, per-period counts and ranges', () => {
    const text = '实现每个村(社区)至少有一个法治文化阵地,每年开展两次培训,培训10至15个班次。';
    expect(
      extractTargets(text, 'text', y2021).map((t) => [
        t.text,
        t.metric,
        t.value,
        t.unit,
        t.comparator,
        t.period,
      ]),
    ).toEqual([
      ['每个村(社区)至少有一个法治文化阵地', '每个村(社区)法治文化阵地', 1, '个', '>=', null],
      ['每年开展两次培训', '培训', 2, '次', '=', 'year'],
      ['培训10至15个班次', '培训班次', 10, '个', '>=', null],
    ]);
    expect(
      extractTargets('领导班子三年内轮训一遍,每季度不少于一次。', 'text', y2021).map((t) => [
        t.value,
        t.unit,
        t.period,
        t.deadline,
      ]),
    ).toEqual([[1, '次', 'quarter', '2024']]);
  });

  it('reads ratios without a unit and time limits', () => {
    expect(
      extractTargets('到2025年,律师万人比达到3.5,行政许可办理时限压缩至5个工作日以内。', 'text', y2021).map(
        (t) => [t.text, t.metric, t.value, t.unit, t.comparator, t.deadline],
      ),
    ).toEqual([
      ['律师万人比达到3.5', '律师万人比', 3.5, null, '>=', '2025'],
      ['行政许可办理时限压缩至5个工作日以内', '行政许可办理时限', 5, '个工作日', '<=', '2025'],
    ]);
  });

  it('ignores numbers that set no target', () => {
    for (const text of [
      '认真组织做好每年的“12.4”宪法宣传日活动。',
      '推进民生、营商“一件事”一站式办理,将“一支队伍管执法”与“一张网格统全域”有机结合。',
      '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
      '迭代升级“1411”体系,全面整合“1+3+N”网格力量。',
      '鞍委发〔2021〕25号,2021年12月10日。',
      '第三次全体会议。',
      '提高到12.4',
      '到2025年',
    ]) {
      expect(extractTargets(text, 'text', y2021)).toEqual([]);
    }
  });

  it('reads targets in titles with the title field', () => {
    expect(extractTargets('行政规范性文件合法性审核率达到100%', 'title', y2021)).toEqual([
      {
        text: '行政规范性文件合法性审核率达到100%',
        metric: '行政规范性文件合法性审核率',
        value: 100,
        unit: '%',
        comparator: '>=',
        period: null,
        deadline: null,
        span: { field: 'title', start: 0, end: 19 },
      },
    ]);
  });
});
