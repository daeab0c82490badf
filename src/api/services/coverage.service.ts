// coverage(document, against): for each requirement of a higher-level document, which lower-level
// documents implement it (directly or through intermediate levels) and which show no evidence.
import { type GovernmentLevel, LEVEL_RANK, type ProvisionKind } from '../../domain.js';
import { PolicyCascadeError } from '../../errors.js';
import { MAX_COMPLEXITY } from '../limits.js';
import { decodeServing, type ServingDocument } from '../../graph/cascade-summary.js';
import type { ApiContext } from '../context.js';
import { documentOf } from '../loaders/rows.js';
import type {
  Coverage,
  CoverageTotal,
  DocumentEvidence,
  RequirementCoverage,
} from '../types/coverage.type.js';
import type { DocumentNode } from '../types/document.type.js';
import type { RegionCount } from '../types/concept.type.js';
import type { CoverageStatus } from '../types/enums.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { RegionNode } from '../types/region.type.js';
import { checkWalkOptions } from './cascade.service.js';
import { groupBy } from '../../group.js';
import { levelCounts } from './levels.js';
import { isWithin } from './outline.js';
import { NATION_CODE, regionCounts, regionPrefix, withinRegion } from './regions.service.js';
import { attribute, closureAnswers, type ReachedProvision, walk } from './walk.js';

/**
 * Most requirement × document cells a query may list: a national coverage has 66,780, a 55 MB
 * answer that holds the server's one thread for about 20 s. The same bound as a query's estimated
 * complexity.
 */
export const MAX_COVERAGE_CELLS = MAX_COMPLEXITY;

export interface CoverageOptions {
  against: readonly string[] | null;
  /** Whether the query lists the requirement × document cells, and at most how many (MAX_COVERAGE_CELLS). */
  listsCells?: boolean;
  maxCells?: number;
  kinds: readonly ProvisionKind[];
  maxDepth: number;
  minScore: number;
  weakBelow: number;
}

/** A document's requirements: the provisions of the given kinds, or by default its outline's leaves. */
export function requirementsOf(
  provisions: readonly ProvisionNode[],
  kinds: readonly ProvisionKind[],
): ProvisionNode[] {
  if (kinds.length > 0) return provisions.filter((p) => kinds.includes(p.kind));
  return provisions.filter((p) => !provisions.some((q) => isWithin(q, p)));
}

/** By default a document is compared with every ingested lower-level document inside its region. */
async function comparedDocuments(ctx: ApiContext, document: DocumentNode, against: readonly string[] | null) {
  if (against) {
    const loaded = await Promise.all(against.map((id) => ctx.loaders.documentById.load(id)));
    return loaded;
  }
  if (!document.level) {
    throw new PolicyCascadeError(
      'BAD_USER_INPUT',
      `Document ${document.localId} has no level; pass \`against\``,
    );
  }
  const rank = LEVEL_RANK[document.level];
  const prefix = regionPrefix(document.regionCode ?? NATION_CODE);
  const all = (await ctx.reader.read('read/documents')).map(documentOf);
  return all.filter(
    (d) =>
      !d.referencedOnly &&
      d.level !== null &&
      LEVEL_RANK[d.level] > rank &&
      withinRegion(d.regionCode, prefix),
  );
}

/** The provisions of one compared document that serve one requirement. */
interface Serving {
  documentId: string;
  provisionCount: number;
  /** Score of the strongest path from any of them to the requirement. */
  bestScore: number;
  /** Their IDs, read only if the query selects a cell's provisions. */
  ids: () => Promise<string[]>;
}

type ServingByRequirement = Map<string, Serving[]>;

export async function coverage(
  ctx: ApiContext,
  documentId: string,
  options: CoverageOptions,
): Promise<Coverage> {
  checkWalkOptions(options);
  const document = await ctx.loaders.documentById.load(documentId);
  const requirements = requirementsOf(await ctx.loaders.provisionsByDocument.load(documentId), options.kinds);
  const against = await comparedDocuments(ctx, document, options.against);
  const cellCount = requirements.length * against.length;
  const maxCells = options.maxCells ?? MAX_COVERAGE_CELLS;
  if (options.listsCells && cellCount > maxCells) {
    throw new PolicyCascadeError(
      'QUERY_TOO_COMPLEX',
      `Listing the cells of ${requirements.length} requirements against ${against.length} documents (${cellCount}) exceeds ${maxCells}: pass \`against\` to compare fewer documents, or select totals and gaps instead`,
      { details: { cells: cellCount, limit: maxCells } },
    );
  }
  const againstById = new Map(against.map((d) => [d.localId, d]));
  const reqIds = requirements.map((r) => r.localId);
  const servingByRequirement =
    (await servingFromClosure(ctx, reqIds, againstById, options, cellProvisions(ctx, reqIds, againstById))) ??
    (await servingFromWalk(ctx, reqIds, againstById, options));
  const regions = await regionsOf(
    ctx,
    against.map((d) => d.regionCode),
  );

  // Cells (requirement × document), gaps and region counts are built only if the query selects
  // them: the central opinions against a national corpus are 80k cells. Totals are summed per
  // compared document.
  const coveredBy = new Map<string, number>();
  const rows: RequirementCoverage[] = [];
  for (const requirement of requirements) {
    const serving = servingByRequirement.get(requirement.localId) ?? [];
    const byDocument = new Map(serving.map((s) => [s.documentId, s]));
    for (const documentId of byDocument.keys())
      coveredBy.set(documentId, (coveredBy.get(documentId) ?? 0) + 1);
    const servingDocuments = serving.map((s) => againstById.get(s.documentId)!);
    const counts = serving.map((s) => s.provisionCount);
    let cells: DocumentEvidence[] | undefined;
    let gaps: DocumentNode[] | undefined;
    let byRegion: Promise<RegionCount[]> | undefined;
    rows.push({
      requirement,
      implementationCount: counts.reduce((a, b) => a + b, 0),
      byLevel: levelCounts(
        servingDocuments.map((d) => d.level!),
        counts,
      ),
      get byRegion() {
        return (byRegion ??= regionCounts(
          ctx,
          servingDocuments.map((d) => d.regionCode),
          counts,
        ));
      },
      get documents() {
        return (cells ??= against.map((d) => cell(ctx, d, byDocument.get(d.localId), options.weakBelow)));
      },
      get gaps() {
        return (gaps ??= against.filter((d) => !byDocument.has(d.localId)));
      },
    });
  }
  const servedCount = (r: RequirementCoverage) =>
    servingByRequirement.get(r.requirement.localId)?.length ?? 0;
  // Groups of compared documents; a group has cells only if there are requirements.
  const groups = <K>(key: (d: DocumentNode) => K) =>
    rows.length === 0 ? new Map<K, DocumentNode[]>() : groupBy(against, key);
  const totalOf = (
    documents: readonly DocumentNode[],
    level: GovernmentLevel | null,
    region: RegionNode | null,
  ) => total(documents, rows.length, coveredBy, level, region);
  return {
    document,
    against,
    requirements: rows,
    requirementCount: rows.length,
    coveredCount: rows.filter((r) => servedCount(r) > 0).length,
    uncovered: rows.filter((r) => against.length > 0 && servedCount(r) === 0).map((r) => r.requirement),
    total: totalOf(rows.length === 0 ? [] : against, null, null),
    byLevel: [...groups((d) => d.level).entries()]
      .sort(([a], [b]) => (a ? LEVEL_RANK[a] : 9) - (b ? LEVEL_RANK[b] : 9))
      .map(([level, documents]) => totalOf(documents, level, null)),
    byRegion: [...groups((d) => d.regionCode).entries()]
      .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
      .map(([code, documents]) => totalOf(documents, null, code ? (regions.get(code) ?? null) : null)),
  };
}

/**
 * Serving provisions counted per document from the cascade closure: one tally per requirement and
 * document instead of a walk over every implementing edge below the requirements. The tallies
 * stored with each requirement (graph/cascade-summary.ts) when they are all computed; else counted
 * by the engine. Null when the closure cannot answer for these options (see closureAnswers).
 */
async function servingFromClosure(
  ctx: ApiContext,
  reqIds: readonly string[],
  against: ReadonlyMap<string, DocumentNode>,
  options: CoverageOptions,
  provisionsOf: CellProvisions,
): Promise<ServingByRequirement | null> {
  if (!closureAnswers(options) || reqIds.length === 0) return null;
  const tallies = (await storedTallies(ctx, reqIds)) ?? (await countedTallies(ctx, reqIds));
  const serving: ServingByRequirement = new Map();
  for (const requirementId of reqIds) {
    const list: Serving[] = [];
    for (const t of tallies.get(requirementId) ?? []) {
      if (!against.has(t.documentId)) continue;
      if (t.longest > options.maxDepth) return null;
      list.push(new ClosureServing(provisionsOf, requirementId, t.documentId, t.provisions, t.bestScore));
    }
    serving.set(requirementId, list);
  }
  return serving;
}

/** The serving provisions' IDs of one cell, by requirement and document. */
type CellProvisions = (requirementId: string, documentId: string) => Promise<string[]>;

/**
 * Read once, on the first cell whose provisions a query selects, for every requirement and only
 * the compared documents: the closure below a national requirement holds thousands of rows, of
 * which a matrix of one province's plans needs a few dozen.
 */
function cellProvisions(
  ctx: ApiContext,
  reqIds: readonly string[],
  against: ReadonlyMap<string, DocumentNode>,
): CellProvisions {
  let cells: Promise<Map<string, string[]>> | undefined;
  const key = (requirementId: string, documentId: string) => `${requirementId}\u0000${documentId}`;
  const read = async () => {
    const rows = await ctx.reader.read('read/reach-in-documents', {
      ids: [...reqIds],
      documentIds: [...against.keys()],
    });
    const byCell = groupBy(
      rows,
      (r) => key(String(r.ancestorId), String(r.documentId)),
      (r) => String(r.id),
    );
    for (const ids of byCell.values()) ids.sort();
    return byCell;
  };
  return async (requirementId, documentId) =>
    (await (cells ??= read())).get(key(requirementId, documentId)) ?? [];
}

/** A class, not an object with its own closure: a national coverage makes 42k of them. */
class ClosureServing implements Serving {
  constructor(
    private readonly provisionsOf: CellProvisions,
    private readonly requirementId: string,
    readonly documentId: string,
    readonly provisionCount: number,
    readonly bestScore: number,
  ) {}

  ids(): Promise<string[]> {
    return this.provisionsOf(this.requirementId, this.documentId);
  }
}

/** The requirements' stored tallies; null if any is not computed. */
async function storedTallies(
  ctx: ApiContext,
  reqIds: readonly string[],
): Promise<Map<string, ServingDocument[]> | null> {
  const tallies = new Map<string, ServingDocument[]>();
  for (const row of await ctx.reader.read('read/provision-serving', { ids: [...reqIds] })) {
    const stored = decodeServing(String(row.id), row.servingDocuments);
    if (!stored) return null;
    tallies.set(String(row.id), stored);
  }
  return tallies;
}

async function countedTallies(
  ctx: ApiContext,
  reqIds: readonly string[],
): Promise<Map<string, ServingDocument[]>> {
  const rows = await ctx.reader.read('read/reach-by-document', { ids: [...reqIds] });
  return groupBy(
    rows.map((r) => ({
      requirementId: String(r.ancestorId),
      documentId: String(r.documentId),
      provisions: Number(r.provisions),
      bestScore: Number(r.bestScore),
      longest: Number(r.longest),
    })),
    (t) => t.requirementId,
  );
}

/** Serving provisions found by walking down from the requirements (any minimum score or depth). */
async function servingFromWalk(
  ctx: ApiContext,
  reqIds: readonly string[],
  against: ReadonlyMap<string, DocumentNode>,
  options: CoverageOptions,
): Promise<ServingByRequirement> {
  const { reached, edges } = await walk(ctx, reqIds, 'down', options);
  const serves = attribute(reqIds, edges);
  const byRequirement = new Map<string, ReachedProvision[]>(reqIds.map((id) => [id, []]));
  for (const p of reached.values()) {
    if (!against.has(p.documentId)) continue;
    for (const requirementId of serves.get(p.id)?.keys() ?? []) byRequirement.get(requirementId)?.push(p);
  }
  return new Map(
    [...byRequirement.entries()].map(([requirementId, serving]) => [
      requirementId,
      [...groupBy(serving, (p) => p.documentId).entries()].map(([documentId, provisions]) => ({
        documentId,
        provisionCount: provisions.length,
        bestScore: Math.max(...provisions.map((p) => serves.get(p.id)!.get(requirementId)!)),
        ids: async () => provisions.map((p) => p.id).sort(),
      })),
    ]),
  );
}

/** One requirement × document cell; its provisions are read only if the query selects them. */
function cell(
  ctx: ApiContext,
  document: DocumentNode,
  serving: Serving | undefined,
  weakBelow: number,
): DocumentEvidence {
  const bestScore = serving ? serving.bestScore : null;
  const status: CoverageStatus =
    bestScore === null ? 'MISSING' : bestScore < weakBelow ? 'WEAK' : 'IMPLEMENTED';
  let provisions: Promise<ProvisionNode[]> | undefined;
  return {
    document,
    status,
    provisionCount: serving?.provisionCount ?? 0,
    bestScore,
    get provisions() {
      provisions ??= (serving ? serving.ids() : Promise.resolve([])).then((ids) =>
        Promise.all(ids.map((id) => ctx.loaders.provisionById.load(id))),
      );
      return provisions;
    },
  };
}

/** The cells of `documents` (each compared against every requirement) and how many are covered. */
function total(
  documents: readonly DocumentNode[],
  requirementCount: number,
  coveredBy: ReadonlyMap<string, number>,
  level: GovernmentLevel | null,
  region: RegionNode | null,
): CoverageTotal {
  const cells = documents.length * requirementCount;
  const covered = documents.reduce((n, d) => n + (coveredBy.get(d.localId) ?? 0), 0);
  const missing = cells - covered;
  return {
    level,
    region,
    documents: new Set(documents.map((d) => d.localId)).size,
    cells,
    covered,
    missing,
    deficitPercent: cells === 0 ? 0 : Math.round((missing / cells) * 1000) / 10,
  };
}

async function regionsOf(
  ctx: ApiContext,
  codes: readonly (string | null)[],
): Promise<Map<string, RegionNode>> {
  const known = [...new Set(codes.filter((c): c is string => c !== null))];
  const loaded = await ctx.loaders.regionByCode.loadMany(known);
  return new Map(
    known.flatMap((code, i) => (loaded[i] instanceof Error ? [] : [[code, loaded[i] as RegionNode]])),
  );
}
