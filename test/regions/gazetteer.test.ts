import { describe, expect, it } from 'vitest';
import { loadGazetteer, NATION_CODE } from '../../src/regions/index.js';
import { shortName } from '../../src/regions/names.js';

const gazetteer = loadGazetteer();
const chainNames = (code: string) => gazetteer.chain(code).map((r) => r.name);

describe('region gazetteer', () => {
  it('places the seed regions in the GB/T 2260 tree', () => {
    expect(gazetteer.findByName('龙泉市').map((r) => r.code)).toEqual(['331181']);
    expect(chainNames('331181')).toEqual(['浙江省', '丽水市', '龙泉市']);
    expect(chainNames('210300')).toEqual(['辽宁省', '鞍山市']);
    expect(chainNames('330600')).toEqual(['浙江省', '绍兴市']);
  });

  it('keeps 株洲县 as a historical alias of 渌口区', () => {
    const [region] = gazetteer.findByName('株洲县');
    expect(region).toMatchObject({ code: '430212', name: '渌口区', level: 'county' });
    expect(chainNames('430212')).toEqual(['湖南省', '株洲市', '渌口区']);
  });

  it('attaches municipal districts directly to the municipality', () => {
    expect(gazetteer.get('110101')).toMatchObject({ name: '东城区', parentCode: '110000' });
    expect(gazetteer.get('110100')).toBeUndefined();
  });

  it('keeps prefecture cities without counties as cities, not as their own county', () => {
    for (const [code, name] of [
      ['441900', '东莞市'],
      ['442000', '中山市'],
      ['460400', '儋州市'],
    ]) {
      expect(gazetteer.get(code)).toMatchObject({
        name,
        level: 'city',
        parentCode: `${code.slice(0, 2)}0000`,
      });
      expect(gazetteer.chain(code).map((r) => r.code)).toEqual([`${code.slice(0, 2)}0000`, code]);
      expect(gazetteer.children(code).map((r) => r.code)).not.toContain(code);
    }
    expect(gazetteer.all().every((r) => r.parentCode !== r.code)).toBe(true);
  });

  it('resolves province abbreviations used in 文号', () => {
    expect(gazetteer.findByName('湘').map((r) => r.name)).toEqual(['湖南省']);
    expect(gazetteer.findByName('辽').map((r) => r.name)).toEqual(['辽宁省']);
  });

  it('finds leftmost-longest mentions, so 马鞍山市 is not read as 鞍山', () => {
    const found = gazetteer
      .findInText('中共马鞍山市委、鞍山市司法局和浙江省龙泉市')
      .map((m) => [m.name, m.region.code]);
    expect(found).toEqual([
      ['马鞍山市', '340500'],
      ['鞍山市', '210300'],
      ['浙江省', '330000'],
      ['龙泉市', '331181'],
    ]);
  });

  it('narrows a shared name to a subtree', () => {
    expect(gazetteer.findByName('朝阳区').length).toBeGreaterThan(1);
    expect(gazetteer.findByName('朝阳区', '220000').map((r) => r.code)).toEqual(['220104']);
  });

  it('has the nation at the root and 31 provinces below it', () => {
    expect(gazetteer.get(NATION_CODE)?.level).toBe('central');
    expect(gazetteer.children(NATION_CODE)).toHaveLength(31);
  });

  it('loads townships on request only', () => {
    expect(gazetteer.all().some((r) => r.level === 'township')).toBe(false);
    const withTownships = loadGazetteer({ townships: true });
    expect(withTownships.get('110101001')).toMatchObject({ name: '东华门街道', parentCode: '110101' });
  });
});

describe('shortName', () => {
  it.each([
    ['鞍山市', '鞍山'],
    ['广西壮族自治区', '广西'],
    ['景宁畲族自治县', '景宁'],
    ['湖南省', '湖南'],
    ['沙县', null],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});
