// Small hand-made ParsedDocuments for the linker's unit tests. Wording is taken from the seed
// corpus (central opinions item (十四), 龙泉 task 7, 株洲县 tasks) so the tests exercise real
// phrasing; every id is prefixed by the test that builds it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { GovernmentLevel } from '../../src/domain.js';
import { parseDocumentFile } from '../../src/ingest/index.js';
import type { Citation, ParsedDocument, Provision, RegionRef } from '../../src/ingest/schema.js';

export interface ProvisionSpec {
  path: string;
  parentPath?: string | null;
  kind?: Provision['kind'];
  title?: string | null;
  text: string;
  citations?: Citation[];
}

export function makeDocument(
  id: string,
  level: GovernmentLevel,
  region: RegionRef | null,
  specs: ProvisionSpec[],
  extra: Partial<ParsedDocument> = {},
): ParsedDocument {
  return {
    schemaVersion: 1,
    id,
    sourceFile: `${id}.txt`,
    source: {
      file: `${id}.txt`,
      format: 'txt',
      sha256: 'b'.repeat(64),
      encoding: 'utf-8',
      url: null,
      retrievedAt: null,
    },
    title: extra.title ?? `${id}实施方案`,
    originalTitle: extra.title ?? `${id}实施方案`,
    issuer: null,
    docNumber: null,
    date: null,
    level,
    region,
    script: 'simplified',
    forwardingNotice: null,
    preamble: null,
    citations: [],
    warnings: [],
    ...extra,
    provisions: specs.map((s, order) => ({
      id: `${id}:${s.path}`,
      path: s.path,
      parentPath: s.parentPath ?? null,
      kind: s.kind ?? 'task',
      ordinal: s.path,
      ordinalNumber: 1,
      order,
      depth: s.path.split(/(?<=[、).])/).length - 1,
      title: s.title ?? null,
      text: s.text,
      original: s.text,
      units: [],
      targets: [],
      concepts: [],
      citations: s.citations ?? [],
    })),
  };
}

export const NATION: RegionRef = { code: '000000', name: '全国', level: 'central', ancestors: [] };
export const region = (
  code: string,
  name: string,
  level: GovernmentLevel,
  ancestors: string[],
): RegionRef => ({ code, name, level, ancestors });

export const CENTRAL_ITEMS: ProvisionSpec[] = [
  { path: '一、', kind: 'section', title: '总体要求', text: '' },
  {
    path: '一、(一)',
    parentPath: '一、',
    kind: 'item',
    title: '指导思想',
    text: '以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,坚持党的领导、人民当家作主、依法治国有机统一。',
  },
  { path: '二、', kind: 'section', title: '全面深化市县法治建设工作', text: '' },
  {
    path: '二、(二)',
    parentPath: '二、',
    kind: 'item',
    title: '深化执法体制机制改革',
    text: '持续推进综合行政执法体制改革,推进县(市、区、旗)“局队合一”体制改革,乡镇(街道)逐步实现“一支队伍管执法”。依法委托或授予乡镇(街道)行政执法权的同时,在编制、人员、资金、技术等方面同步予以配套保障,确保权力放得下、接得住、管得好、有监督。',
  },
  {
    path: '二、(三)',
    parentPath: '二、',
    kind: 'item',
    title: '深化普法和依法治理',
    text: '持续深入开展宪法宣传教育活动,深入开展民法典、乡村振兴促进法等与群众生产生活密切相关法律法规普及工作。广泛开展群众性法治文化活动,实现每个村(社区)至少有一个法治文化阵地。',
  },
];

export const COUNTY_TASKS: ProvisionSpec[] = [
  { path: '一、', kind: 'section', title: '主要任务', text: '' },
  {
    path: '一、1.',
    parentPath: '一、',
    title: '推进乡镇(街道)“一支队伍管执法”',
    text: '稳妥推进乡镇(街道)综合行政执法改革。依法委托或授予乡镇(街道)行政执法权的同时,在编制、人员、资金、技术等方面同步予以配套保障,确保权力放得下、接得住、管得好、有监督。',
  },
  {
    path: '一、2.',
    parentPath: '一、',
    title: '规范党务政务信息公开',
    text: '依法依规推进党务公开,建立健全政府信息公开制度,更新政府信息公开指南和目录,推动线上线下信息公开。',
  },
  {
    path: '一、3.',
    parentPath: '一、',
    title: '加强理论学习',
    text: '坚持党的领导,深入学习贯彻习近平法治思想,以习近平新时代中国特色社会主义思想为指导。',
  },
];

/** The real seed corpus (seed/documents), parsed by src/ingest, in file order. */
export async function parseSeedCorpus(): Promise<ParsedDocument[]> {
  const dir = path.resolve('seed/documents');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return Promise.all(files.map((f) => parseDocumentFile(path.join(dir, f))));
}
