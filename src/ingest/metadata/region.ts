// Government level and region of a document, from its issuer, then its title, then the places
// its text keeps naming (法治龙泉, 我市). Central bodies issue for the whole nation.
import type { GovernmentLevel } from '../../domain.js';
import type { Region, RegionGazetteer } from '../../regions/index.js';
import { NATION_CODE } from '../../regions/index.js';
import type { RegionRef } from '../schema.js';

const CENTRAL_ISSUER =
  /^(中共中央|中央|国务院|全国人大|全国人民代表大会|全国政协|最高人民法院|最高人民检察院|中华人民共和国|中办|国办|司法部|公安部|国家[\u4e00-\u9fff]{1,10}(局|委|部|署|院))/;
const TOWNSHIP_NAME = /(镇|乡|街道)(党委|人民政府|政府|办事处|党工委|工作委员会|工委|人大|委员会)/;
const SELF_REFERENCE: readonly [RegExp, GovernmentLevel][] = [
  [/我省|全省/, 'province'],
  [/我市|全市/, 'city'],
  [/我县|全县|我区|全区/, 'county'],
  [/我镇|全镇|我乡|全乡|本街道/, 'township'],
];

export interface RegionEvidence {
  issuer: string | null;
  title: string;
  /** The rest of the document's parse text (preamble and body). */
  text: string;
}

export interface ResolvedRegion {
  level: GovernmentLevel;
  region: RegionRef | null;
  /** How it was decided, for warnings. */
  source: 'issuer' | 'title' | 'text' | 'self-reference' | 'default';
}

export function toRegionRef(region: Region, gazetteer: RegionGazetteer): RegionRef {
  if (region.code === NATION_CODE)
    return { code: NATION_CODE, name: region.name, level: 'central', ancestors: [] };
  const chain = gazetteer.chain(region.code);
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    ancestors: chain.slice(0, -1).map((r) => r.code),
  };
}

const RANK: Record<GovernmentLevel, number> = { central: 0, province: 1, city: 2, county: 3, township: 4 };

/** The most specific region named in `text` (鞍山市 over 辽宁省 in 辽宁省鞍山市). */
function deepestIn(text: string, gazetteer: RegionGazetteer): Region | null {
  let best: Region | null = null;
  for (const match of gazetteer.findInText(text)) {
    if (!best || RANK[match.region.level] > RANK[best.level]) best = match.region;
  }
  return best;
}

/**
 * The township an issuer names (中共龙泉市龙渊街道工作委员会 → 龙渊街道). Names repeat across the
 * country, so one is taken only when it is unique within `within`; the longest such name wins.
 */
function township(text: string, within: Region | null, gazetteer: RegionGazetteer): Region | null {
  const m = TOWNSHIP_NAME.exec(text);
  if (!m) return null;
  for (let len = 6; len >= 2; len--) {
    if (m.index - len < 0) continue;
    const name = text.slice(m.index - len, m.index) + m[1];
    const found = gazetteer.findByName(name, within?.code).filter((r) => r.level === 'township');
    if (found.length === 1) return found[0];
  }
  return null;
}

export const namesTownship = (text: string | null): boolean => text !== null && TOWNSHIP_NAME.test(text);

// A short name directly followed by an office word names a body, not a place: 公安局 is not 公安县.
const OFFICE_AFTER = /^[局厅部委院所处科队站办司署]/;

/**
 * The region the text keeps coming back to: the deepest one named at least twice, preferring
 * regions inside a province the text also names (法治龙泉 … 浙江省 → 龙泉市).
 */
function dominantIn(text: string, gazetteer: RegionGazetteer): Region | null {
  const counts = new Map<string, { region: Region; count: number }>();
  for (const match of gazetteer.findInText(text)) {
    if (match.name !== match.region.name && OFFICE_AFTER.test(text.slice(match.end, match.end + 1))) continue;
    const entry = counts.get(match.region.code) ?? { region: match.region, count: 0 };
    entry.count++;
    counts.set(match.region.code, entry);
  }
  const provinceNamed = (region: Region) => {
    const province = gazetteer.chain(region.code)[0];
    return province !== undefined && province.code !== region.code && counts.has(province.code);
  };
  const candidates = [...counts.values()].filter((e) => e.count >= 2);
  const anchored = candidates.filter((e) => provinceNamed(e.region));
  let best: { region: Region; count: number } | null = null;
  for (const entry of anchored.length ? anchored : candidates) {
    if (
      !best ||
      RANK[entry.region.level] > RANK[best.region.level] ||
      (entry.region.level === best.region.level && entry.count > best.count)
    ) {
      best = entry;
    }
  }
  return best?.region ?? null;
}

export function resolveRegion(evidence: RegionEvidence, gazetteer: RegionGazetteer): ResolvedRegion {
  const nation = gazetteer.get(NATION_CODE);
  const issuerOrTitle = evidence.issuer ?? evidence.title;
  if (CENTRAL_ISSUER.test(issuerOrTitle) && nation)
    return {
      level: 'central',
      region: toRegionRef(nation, gazetteer),
      source: evidence.issuer ? 'issuer' : 'title',
    };

  const pick = (region: Region, source: ResolvedRegion['source']): ResolvedRegion => {
    const ref = toRegionRef(region, gazetteer);
    return { level: ref.level, region: ref, source };
  };
  if (evidence.issuer) {
    const fromIssuer = deepestIn(evidence.issuer, gazetteer);
    const town = township(evidence.issuer, fromIssuer ?? dominantIn(evidence.text, gazetteer), gazetteer);
    if (town) return pick(town, 'issuer');
    // A township body whose township is not in the gazetteer: the level is still township.
    if (namesTownship(evidence.issuer)) {
      const around = fromIssuer ?? dominantIn(evidence.text, gazetteer);
      return { level: 'township', region: around ? toRegionRef(around, gazetteer) : null, source: 'issuer' };
    }
    if (fromIssuer) return pick(fromIssuer, 'issuer');
  }
  const fromTitle = deepestIn(evidence.title, gazetteer);
  if (fromTitle) return pick(township(evidence.title, fromTitle, gazetteer) ?? fromTitle, 'title');
  const fromText = dominantIn(evidence.text, gazetteer);
  if (fromText) return pick(fromText, 'text');
  for (const [pattern, level] of SELF_REFERENCE)
    if (pattern.test(evidence.text)) return { level, region: null, source: 'self-reference' };
  return { level: 'city', region: null, source: 'default' };
}
