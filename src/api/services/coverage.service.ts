// coverage(document, against): for each requirement of a higher-level document, which lower-level
// documents implement it (directly or through intermediate levels) and which show no evidence.
import { type GovernmentLevel, LEVEL_RANK, type ProvisionKind } from '../../domain.js';
import { PolicyCascadeError } from '../../errors.js';
import { MAX_COMPLEXITY } from '../limits.js';
import { decodeServing, type ServingDocument } from '../../graph/cascade-summary.js';
import type { ApiContext } from '../context.js';
import type {
  Coverage,
  CoverageTotal,
  DocumentEvidence,
  RequirementCoverage,
} from '../types/coverage.type.js';
import type { DocumentNode } from '../types/document.type.js';
import type { LevelCount, RegionCount } from '../types/concept.type.js';
import type { CoverageStatus } from '../types/enums.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { RegionNode } from '../types/region.type.js';
import { checkWalkOptions } from './cascade.service.js';
import { corpusDocuments } from './documents.service.js';
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
  return (await corpusDocuments(ctx)).filter(
    (d) =>
      !d.referencedOnly &&
      d.level !== null &&
      LEVEL_RANK[d.level] > rank &&
      withinRegion(d.regionCode, prefix),
  );
}

/**
 * The provisions of one compared document that serve one requirement: how many, and the score of
 * the strongest path from any of them to the requirement. A stored tally is one as it is.
 */
type Serving = Pick<ServingDocument, 'documentId' | 'provisions' | 'bestScore'>;

/** The serving provisions' IDs of one cell, by requirement and document. */
type CellProvisions = (requirementId: string, documentId: string) => Promise<string[]>;

/** By requirement, then by compared document. */
type ServingByRequirement = ReadonlyMap<string, ReadonlyMap<string, Serving>>;

const NO_TALLIES: ReadonlyMap<string, ServingDocument> = new Map();

interface ServingAnswer {
  byRequirement: ServingByRequirement;
  /** A walk's cell provisions, found as it went; null from the closure (read per request, see cellProvisions). */
  walkedProvisionIds: CellProvisions | null;
}

export async function coverage(
  ctx: ApiContext,
  documentId: string,
  options: CoverageOptions,
): Promise<Coverage> {
  checkWalkOptions(options);
  const document = await ctx.loaders.documentById.load(documentId);
  const requirements = requirementsOf(await ctx.loaders.provisionsByDocument.load(documentId), options.kinds);
  if (options.listsCells) {
    // Refused before any tally is read; a query that lists no cells has no need to count them.
    const compared = (await comparedDocuments(ctx, document, options.against)).length;
    const cellCount = requirements.length * compared;
    const maxCells = options.maxCells ?? MAX_COVERAGE_CELLS;
    if (cellCount > maxCells) {
      throw new PolicyCascadeError(
        'QUERY_TOO_COMPLEX',
        `Listing the cells of ${requirements.length} requirements against ${compared} documents (${cellCount}) exceeds ${maxCells}: pass \`against\` to compare fewer documents, or select totals and gaps instead`,
        { details: { cells: cellCount, limit: maxCells } },
      );
    }
  }
  const figures = await coverageFigures(ctx, document, requirements, options);
  const { against } = figures;
  const provisionIds =
    figures.walkedProvisionIds ?? cellProvisions(ctx, figures.requirementIds, figures.againstById);

  // Only what depends on the request is made per request: its requirement nodes, and the cells
  // and region counts, built only if the query selects them (the central opinions against a
  // national corpus are 80k cells).
  const rows = requirements.map((requirement): RequirementCoverage => {
    const row = figures.byRequirement.get(requirement.localId)!;
    let cells: DocumentEvidence[] | undefined;
    let byRegion: Promise<RegionCount[]> | undefined;
    return {
      requirement,
      implementationCount: row.implementationCount,
      byLevel: row.byLevel,
      get byRegion() {
        return (byRegion ??= regionCounts(ctx, row.servingRegionCodes, row.servingProvisions));
      },
      get documents() {
        return (cells ??= against.map((d) =>
          cell(ctx, d, row.serving.get(d.localId), options.weakBelow, () =>
            provisionIds(requirement.localId, d.localId),
          ),
        ));
      },
      get gaps() {
        return row.gaps();
      },
    };
  });
  return {
    document,
    against,
    requirements: rows,
    requirementCount: rows.length,
    coveredCount: figures.coveredCount,
    uncovered: requirements.filter((r) => figures.uncovered.has(r.localId)),
    total: figures.total,
    byLevel: figures.byLevel,
    byRegion: figures.byRegion,
  };
}

/** One requirement's figures: the same for every request until the corpus changes. */
interface RequirementFigures {
  /** By compared document. */
  serving: ReadonlyMap<string, Serving>;
  implementationCount: number;
  byLevel: readonly LevelCount[];
  /** The serving documents' region codes, and their serving provisions (the same order). */
  servingRegionCodes: readonly (string | null)[];
  servingProvisions: readonly number[];
  /** The compared documents with no evidence, listed on first use. */
  gaps(): readonly DocumentNode[];
}

/**
 * Everything of a coverage that does not depend on the request, kept per corpus revision (the
 * central opinions against the national corpus are 42k tallies and 24k gaps, about a fifth of a
 * request's CPU time to count).
 */
interface CoverageFigures {
  against: readonly DocumentNode[];
  againstById: ReadonlyMap<string, DocumentNode>;
  requirementIds: readonly string[];
  byRequirement: ReadonlyMap<string, RequirementFigures>;
  /** A walk's cell provisions; null when they come from the closure, read per request. */
  walkedProvisionIds: CellProvisions | null;
  coveredCount: number;
  uncovered: ReadonlySet<string>;
  total: CoverageTotal;
  byLevel: readonly CoverageTotal[];
  byRegion: readonly CoverageTotal[];
}

/**
 * The figures for these requirements of `document` with these options, counted once per corpus
 * revision. The key names everything the figures are counted from that the request read before
 * (the requirements, the document's level and region); the compared documents are found inside, at
 * the revision the figures are kept for.
 */
function coverageFigures(
  ctx: ApiContext,
  document: DocumentNode,
  requirements: readonly ProvisionNode[],
  options: CoverageOptions,
): Promise<CoverageFigures> {
  const reqIds = requirements.map((r) => r.localId);
  const key = [
    'coverage',
    document.localId,
    document.level,
    document.regionCode,
    // Bracketed, with a separator of its own: compared IDs never run into the requirement IDs.
    options.against ? `[${options.against.join('\u0001')}]` : 'below',
    options.maxDepth,
    options.minScore,
    ...reqIds,
  ].join('\u0000');
  return ctx.corpus.get(key, async () => {
    const against = await comparedDocuments(ctx, document, options.against);
    const againstById = new Map(against.map((d) => [d.localId, d]));
    const { byRequirement, walkedProvisionIds } =
      (await servingFromClosure(ctx, reqIds, againstById, options)) ??
      (await servingFromWalk(ctx, reqIds, againstById, options));
    const regions = await regionsOf(
      ctx,
      against.map((d) => d.regionCode),
    );
    // Totals are summed per compared document.
    const coveredBy = new Map<string, number>();
    const rows = new Map<string, RequirementFigures>();
    for (const requirementId of reqIds) {
      const serving = byRequirement.get(requirementId) ?? NO_TALLIES;
      const servingDocuments: DocumentNode[] = [];
      const servingProvisions: number[] = [];
      for (const [documentId, s] of serving) {
        coveredBy.set(documentId, (coveredBy.get(documentId) ?? 0) + 1);
        servingDocuments.push(againstById.get(documentId)!);
        servingProvisions.push(s.provisions);
      }
      let gaps: readonly DocumentNode[] | undefined;
      rows.set(requirementId, {
        serving,
        implementationCount: servingProvisions.reduce((a, b) => a + b, 0),
        byLevel: Object.freeze(
          levelCounts(
            servingDocuments.map((d) => d.level!),
            servingProvisions,
          ),
        ),
        servingRegionCodes: servingDocuments.map((d) => d.regionCode),
        servingProvisions,
        gaps: () => (gaps ??= Object.freeze(against.filter((d) => !serving.has(d.localId)))),
      });
    }
    const servedCount = (requirementId: string) => byRequirement.get(requirementId)?.size ?? 0;
    // Groups of compared documents; a group has cells only if there are requirements.
    const groups = <K>(key: (d: DocumentNode) => K) =>
      reqIds.length === 0 ? new Map<K, DocumentNode[]>() : groupBy(against, key);
    const totalOf = (
      documents: readonly DocumentNode[],
      level: GovernmentLevel | null,
      region: RegionNode | null,
    ) => total(documents, reqIds.length, coveredBy, level, region);
    return {
      against,
      againstById,
      requirementIds: reqIds,
      byRequirement: rows,
      walkedProvisionIds,
      coveredCount: reqIds.filter((id) => servedCount(id) > 0).length,
      uncovered: new Set(against.length > 0 ? reqIds.filter((id) => servedCount(id) === 0) : []),
      total: totalOf(reqIds.length === 0 ? [] : against, null, null),
      byLevel: Object.freeze(
        [...groups((d) => d.level).entries()]
          .sort(([a], [b]) => (a ? LEVEL_RANK[a] : 9) - (b ? LEVEL_RANK[b] : 9))
          .map(([level, documents]) => totalOf(documents, level, null)),
      ),
      byRegion: Object.freeze(
        [...groups((d) => d.regionCode).entries()]
          .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
          .map(([code, documents]) => totalOf(documents, null, code ? (regions.get(code) ?? null) : null)),
      ),
    };
  });
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
): Promise<ServingAnswer | null> {
  if (!closureAnswers(options) || reqIds.length === 0) return null;
  const tallies = (await storedTallies(ctx, reqIds)) ?? (await countedTallies(ctx, reqIds));
  const byRequirement = new Map<string, ReadonlyMap<string, Serving>>();
  for (const requirementId of reqIds) {
    const stored = tallies.get(requirementId) ?? NO_TALLIES;
    let allCompared = true;
    for (const t of stored.values()) {
      if (!against.has(t.documentId)) allCompared = false;
      else if (t.longest > options.maxDepth) return null;
    }
    // Compared with every document below it (the default), a requirement's tallies are the answer
    // as they are kept: nothing is copied per request.
    byRequirement.set(
      requirementId,
      allCompared ? stored : new Map([...stored].filter(([documentId]) => against.has(documentId))),
    );
  }
  return { byRequirement, walkedProvisionIds: null };
}

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
  const read = async () => {
    const rows = await ctx.reader.read('read/reach-in-documents', {
      ids: [...reqIds],
      documentIds: [...against.keys()],
    });
    const byCell = groupBy(
      rows,
      (r) => cellKey(String(r.ancestorId), String(r.documentId)),
      (r) => String(r.id),
    );
    for (const ids of byCell.values()) ids.sort();
    return byCell;
  };
  return async (requirementId, documentId) =>
    (await (cells ??= read())).get(cellKey(requirementId, documentId)) ?? [];
}

const cellKey = (requirementId: string, documentId: string) => `${requirementId}\u0000${documentId}`;

/** Tallies by requirement, then by serving document. */
type Tallies = ReadonlyMap<string, ReadonlyMap<string, ServingDocument>>;

const byDocument = (tallies: readonly ServingDocument[]) => new Map(tallies.map((t) => [t.documentId, t]));

/**
 * The requirements' stored tallies; null if any is not computed. Kept per corpus revision: the
 * central opinions' are 42k nationally, about 1 MB of JSON to decode.
 */
function storedTallies(ctx: ApiContext, reqIds: readonly string[]): Promise<Tallies | null> {
  return ctx.corpus.get(`serving:${reqIds.join('\u0000')}`, async () => {
    const tallies = new Map<string, ReadonlyMap<string, ServingDocument>>();
    for (const row of await ctx.reader.read('read/provision-serving', { ids: [...reqIds] })) {
      const stored = decodeServing(String(row.id), row.servingDocuments);
      if (!stored) return null;
      tallies.set(String(row.id), byDocument(stored));
    }
    return tallies;
  });
}

async function countedTallies(ctx: ApiContext, reqIds: readonly string[]): Promise<Tallies> {
  const rows = await ctx.reader.read('read/reach-by-document', { ids: [...reqIds] });
  const byRequirement = groupBy(
    rows,
    (r) => String(r.ancestorId),
    (r): ServingDocument => ({
      documentId: String(r.documentId),
      provisions: Number(r.provisions),
      bestScore: Number(r.bestScore),
      longest: Number(r.longest),
    }),
  );
  return new Map([...byRequirement].map(([requirementId, tallies]) => [requirementId, byDocument(tallies)]));
}

/** Serving provisions found by walking down from the requirements (any minimum score or depth). */
async function servingFromWalk(
  ctx: ApiContext,
  reqIds: readonly string[],
  against: ReadonlyMap<string, DocumentNode>,
  options: CoverageOptions,
): Promise<ServingAnswer> {
  const { reached, edges } = await walk(ctx, reqIds, 'down', options);
  const serves = attribute(reqIds, edges);
  const reachedBy = new Map<string, ReachedProvision[]>(reqIds.map((id) => [id, []]));
  for (const p of reached.values()) {
    if (!against.has(p.documentId)) continue;
    for (const requirementId of serves.get(p.id)?.keys() ?? []) reachedBy.get(requirementId)?.push(p);
  }
  const ids = new Map<string, string[]>();
  const byRequirement = new Map(
    [...reachedBy.entries()].map(([requirementId, serving]) => [
      requirementId,
      new Map(
        [...groupBy(serving, (p) => p.documentId).entries()].map(([documentId, provisions]) => {
          ids.set(cellKey(requirementId, documentId), provisions.map((p) => p.id).sort());
          const best = Math.max(...provisions.map((p) => serves.get(p.id)!.get(requirementId)!));
          return [documentId, { documentId, provisions: provisions.length, bestScore: best }];
        }),
      ),
    ]),
  );
  return {
    byRequirement,
    walkedProvisionIds: async (requirementId, documentId) =>
      ids.get(cellKey(requirementId, documentId)) ?? [],
  };
}

/** One requirement × document cell; its provisions are read only if the query selects them. */
function cell(
  ctx: ApiContext,
  document: DocumentNode,
  serving: Serving | undefined,
  weakBelow: number,
  provisionIds: () => Promise<string[]>,
): DocumentEvidence {
  const bestScore = serving ? serving.bestScore : null;
  const status: CoverageStatus =
    bestScore === null ? 'MISSING' : bestScore < weakBelow ? 'WEAK' : 'IMPLEMENTED';
  let provisions: Promise<ProvisionNode[]> | undefined;
  return {
    document,
    status,
    provisionCount: serving?.provisions ?? 0,
    bestScore,
    get provisions() {
      provisions ??= (serving ? provisionIds() : Promise.resolve([])).then((ids) =>
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
