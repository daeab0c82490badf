// The document around a derived plan: title, issuer, 文号, date, preamble citing the plans it
// implements, source fingerprint. Everything a parser would have read from the printed text.
import { createHash } from 'node:crypto';
import type { GovernmentLevel } from '../../src/domain.js';
import { citationTitleKey } from '../../src/ingest/citations/index.js';
import {
  SCHEMA_VERSION,
  type Citation,
  type ParsedDocument,
  type Provision,
  type RegionRef,
} from '../../src/ingest/schema.js';
import type { Random } from './prng.js';

const TITLE_PATTERNS: Record<Exclude<GovernmentLevel, 'central'>, readonly string[]> = {
  province: [
    '{name}贯彻落实《{root}》实施方案',
    '关于进一步加强全省市县法治建设的实施意见',
    '{name}加强市县法治建设实施方案(2022—2025年)',
  ],
  city: [
    '{name}关于进一步加强法治建设的实施方案',
    '关于深入推进法治{short}建设的实施意见',
    '{name}贯彻落实市县法治建设任务分工方案',
  ],
  county: [
    '{name}关于进一步加强法治建设的实施方案',
    '法治{short}建设实施方案(2022—2025年)',
    '关于全面推进{name}法治建设的实施意见',
  ],
  township: ['{name}法治建设工作方案'],
};

const ISSUERS: Record<Exclude<GovernmentLevel, 'central'>, readonly string[]> = {
  province: ['中共{name}委员会', '中共{name}委全面依法治省委员会', '{name}人民政府办公厅'],
  city: ['中共{name}委', '中共{name}委全面依法治市委员会', '{name}人民政府办公室'],
  county: ['中共{name}委', '中共{name}委全面依法治县委员会', '{name}人民政府办公室'],
  township: ['中共{name}委员会'],
};

export interface PlanMeta {
  region: RegionRef;
  shortName: string;
  /** 文号 prefix: 浙委发, 鞍委办发, … */
  docPrefix: string;
  /** Higher plans in the corpus this plan says it implements, nearest first. */
  parents: readonly ParsedDocument[];
}

const fill = (pattern: string, v: Record<string, string>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

const addMonths = (isoDate: string, months: number, day: number): string => {
  const [y, m] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export function citationOf(document: ParsedDocument): Citation {
  return {
    title: document.title,
    titleKey: citationTitleKey(document.title),
    issuer: document.issuer,
    docNumber: document.docNumber,
    relation: 'implements',
  };
}

export function assembleDocument(
  id: string,
  meta: PlanMeta,
  provisions: Provision[],
  random: Random,
): ParsedDocument {
  const level = meta.region.level as Exclude<GovernmentLevel, 'central'>;
  const root = meta.parents[meta.parents.length - 1];
  const vars = { name: meta.region.name, short: meta.shortName, root: root?.title ?? '' };
  const title = fill(random.pick(TITLE_PATTERNS[level]), vars);
  const issuer = fill(random.pick(ISSUERS[level]), vars);
  const parentDate = meta.parents[0]?.date ?? '2022-08-01';
  const date = addMonths(parentDate, random.int(1, 9), random.int(1, 28));
  const docNumber = `${meta.docPrefix}〔${date.slice(0, 4)}〕${random.int(1, 60)}号`;
  const cited = meta.parents.map((p) => `《${p.title}》`);
  const preamble = `为深入贯彻落实${cited.join('和')}精神，进一步加强${meta.shortName}法治建设，结合${meta.shortName}实际，制定本方案。`;
  const forwardingNotice = random.chance(0.3) ? `现将《${title}》印发给你们，请结合实际认真贯彻落实。` : null;
  const printed = [forwardingNotice, title, preamble, ...provisions.map((p) => p.original)]
    .filter(Boolean)
    .join('\n');
  const file = `${id}.txt`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    sourceFile: file,
    source: {
      file,
      format: 'txt',
      sha256: createHash('sha256').update(printed).digest('hex'),
      encoding: 'utf-8',
      url: null,
      retrievedAt: null,
    },
    title,
    originalTitle: title,
    issuer,
    docNumber,
    date,
    level,
    region: meta.region,
    script: 'simplified',
    forwardingNotice,
    preamble,
    citations: meta.parents.map(citationOf),
    provisions,
    warnings: [],
  };
}
