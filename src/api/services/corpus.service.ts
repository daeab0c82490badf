// The stored corpus in the linker's input form: ParsedDocuments rebuilt from the graph, so that
// ingesting one document or relinking links against what the store holds, not against files.
// Provision-level citations are not stored as such; they are re-extracted from each provision's
// text with the parser's own citation extractor (pure), using the aliases its preamble declares.
import type { GovernmentLevel } from '../../domain.js';
import { extractCitationAliases, extractCitations } from '../../ingest/citations/index.js';
import { citationTitleKey } from '../../ingest/citations/key.js';
import {
  type Citation,
  type ConceptMention,
  type ParsedDocument,
  type Provision,
  type RegionRef,
  type ResponsibleUnit,
  SCHEMA_VERSION,
  type Target,
} from '../../ingest/schema.js';
import type { Row } from '../../graph/port.js';
import type { ApiContext } from '../context.js';
import type { RegionNode } from '../types/region.type.js';
import { groupByInTurns, mapInTurns } from '../../turns.js';

const PROVISIONS_PER_TURN = 5000;
/** Rows grouped per turn: grouping costs far less per row than building a provision. */
const ROWS_PER_TURN = 50_000;
/** Documents per turn: each preamble's citation aliases, Traditional script converted. */
const DOCUMENTS_PER_TURN = 200;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const opt = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const unitOf = (r: Row): ResponsibleUnit => ({
  name: str(r.name),
  role: str(r.role) as ResponsibleUnit['role'],
  collective: r.collective === true,
  regionCode: opt(r.regionCode),
});

const mentionOf = (r: Row): ConceptMention => ({
  name: str(r.name),
  category: str(r.category),
  source: r.source === 'quoted' ? 'quoted' : 'lexicon',
  spans: typeof r.spans === 'string' && r.spans !== '' ? JSON.parse(r.spans) : [],
});

const targetIndex = (id: string): number => Number(/#target-(\d+)$/.exec(id)?.[1] ?? 0);

const targetOf = (r: Row): Target & { index: number } => ({
  index: targetIndex(str(r.id)),
  text: str(r.text),
  metric: str(r.metric),
  value: r.value === null || r.value === undefined ? null : Number(r.value),
  unit: opt(r.unit),
  comparator: opt(r.comparator) as Target['comparator'],
  period: opt(r.period),
  deadline: opt(r.deadline),
  span: {
    field: r.spanField === 'title' ? 'title' : 'text',
    start: Number(r.spanStart ?? 0),
    end: Number(r.spanEnd ?? 0),
  },
});

const documentCitationOf = (r: Row): Citation => ({
  title: str(r.citedTitle),
  titleKey: opt(r.titleKey) ?? citationTitleKey(str(r.citedTitle)),
  issuer: opt(r.issuer),
  docNumber: opt(r.docNumber),
  relation: r.relation === 'implements' ? 'implements' : 'cites',
});

/** A region with its ancestors' codes (province first), walking parent codes through the loader. */
async function regionRefs(ctx: ApiContext, codes: readonly string[]): Promise<Map<string, RegionRef>> {
  const known = new Map<string, RegionNode>();
  let pending = [...new Set(codes)];
  while (pending.length > 0) {
    const loaded = await ctx.loaders.regionByCode.loadMany(pending);
    const next: string[] = [];
    loaded.forEach((r) => {
      if (r instanceof Error) return;
      known.set(r.code, r);
      if (r.parentCode && !known.has(r.parentCode)) next.push(r.parentCode);
    });
    pending = [...new Set(next)];
  }
  const refs = new Map<string, RegionRef>();
  for (const code of new Set(codes)) {
    const region = known.get(code);
    if (!region) continue;
    const ancestors: string[] = [];
    for (let p = region.parentCode; p && known.has(p); p = known.get(p)!.parentCode) {
      if (known.get(p)!.level !== 'central') ancestors.unshift(p);
    }
    refs.set(code, { code, name: region.name, level: region.level, ancestors });
  }
  return refs;
}

export async function loadCorpus(ctx: ApiContext): Promise<ParsedDocument[]> {
  const [documents, provisions, assignments, mentions, targets, links] = await Promise.all([
    ctx.reader.read('read/corpus-documents'),
    ctx.reader.read('read/corpus-provisions'),
    ctx.reader.read('read/corpus-assignments'),
    ctx.reader.read('read/corpus-mentions'),
    ctx.reader.read('read/corpus-targets'),
    ctx.reader.read('read/corpus-document-links'),
  ]);
  // Nationally 693k assignments, 311k mentions and 319k provisions, grouped in slices: in one pass
  // each, the groupings blocked the server for most of a second.
  const group = <K, V>(rows: readonly Row[], keyOf: (r: Row) => K, valueOf: (r: Row) => V) =>
    groupByInTurns(rows, keyOf, valueOf, ROWS_PER_TURN);
  const unitsOf = await group(assignments, (r) => String(r.provisionId), unitOf);
  const mentionsOf = await group(mentions, (r) => String(r.provisionId), mentionOf);
  const targetsOf = await group(targets, (r) => String(r.provisionId), targetOf);
  const citationsOf = await group(links, (r) => String(r.sourceDocumentId), documentCitationOf);
  const aliasesOf = new Map(
    await mapInTurns(
      documents,
      (d) => [str(d.id), extractCitationAliases(str(d.preamble))] as const,
      DOCUMENTS_PER_TURN,
    ),
  );
  const provisionOf = (r: Row): Provision => {
    const id = str(r.id);
    return {
      id,
      path: str(r.path),
      parentPath: opt(r.parentPath),
      kind: str(r.kind) as Provision['kind'],
      ordinal: str(r.ordinal),
      ordinalNumber: Number(r.ordinalNumber),
      order: Number(r.position),
      depth: Number(r.depth),
      title: opt(r.title),
      text: str(r.text),
      original: str(r.original),
      units: unitsOf.get(id) ?? [],
      targets: (targetsOf.get(id) ?? [])
        .sort((a, b) => a.index - b.index)
        .map(({ index: _index, ...t }) => t),
      concepts: mentionsOf.get(id) ?? [],
      citations: extractCitations(r.title ? `${str(r.title)}。${str(r.text)}` : str(r.text), {
        aliases: aliasesOf.get(str(r.documentId)),
      }),
    };
  };
  // Nationally 319k provisions, each with its citations extracted: seconds of work, in slices.
  const built = await mapInTurns(
    provisions,
    (r) => ({ documentId: String(r.documentId), provision: provisionOf(r) }),
    PROVISIONS_PER_TURN,
  );
  const provisionsOf = await groupByInTurns(
    built,
    (b) => b.documentId,
    (b) => b.provision,
    ROWS_PER_TURN,
  );
  const regions = await regionRefs(
    ctx,
    documents.map((d) => opt(d.regionCode)).filter((c): c is string => c !== null),
  );
  return documents.map((d): ParsedDocument => {
    const id = str(d.id);
    return {
      schemaVersion: SCHEMA_VERSION,
      id,
      sourceFile: str(d.sourceFile),
      source: {
        file: str(d.sourceFile),
        format: (opt(d.sourceFormat) ?? 'txt') as ParsedDocument['source']['format'],
        sha256: str(d.sha256),
        encoding: 'utf-8',
        url: opt(d.url),
        retrievedAt: opt(d.retrievedAt),
      },
      title: str(d.title),
      originalTitle: str(d.originalTitle ?? d.title),
      issuer: opt(d.issuer),
      docNumber: opt(d.docNumber),
      date: opt(d.date),
      level: str(d.level) as GovernmentLevel,
      region: d.regionCode ? (regions.get(str(d.regionCode)) ?? null) : null,
      script: d.script === 'traditional' ? 'traditional' : 'simplified',
      forwardingNotice: opt(d.forwardingNotice),
      preamble: opt(d.preamble),
      citations: citationsOf.get(id) ?? [],
      provisions: provisionsOf.get(id) ?? [],
      warnings: typeof d.warnings === 'string' && d.warnings !== '' ? JSON.parse(d.warnings) : [],
    };
  });
}
