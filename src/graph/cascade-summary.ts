// A requirement's cascade summarized when the graph is written (Provision.cascade): its counts by
// level and region, its first nodes in cascade order with their edges, and its best-ranked units.
// A national central item's cascade counts 15k provisions carried by 29k units; reading and
// ranking them on every request cost 150 ms of Kuzu reads and 250 ms of JavaScript, while the
// summary is one key lookup. It answers the default cascade (every level, no region, the whole
// closure: includeSubProvisions, minScore 0); the API computes any other one, and any page or
// unit rank beyond the summary's head, from the closure as before. Pure: the bulk load and the
// store's refresh after a write (graph/cascades.ts, graph/cascade-refresh.ts) feed it rows; the
// API's live path shares its merge, order and ranking, so both give the same answer.
import { z } from 'zod';
import {
  GOVERNMENT_LEVELS,
  type GovernmentLevel,
  LEVEL_RANK,
  LINK_METHODS,
  type LinkMethod,
} from '../domain.js';
import { PolicyCascadeError } from '../errors.js';
import { completed, type Steps } from '../turns.js';
import type { Carrier } from './carriers.js';

/** Nodes kept in cascade order: two pages of the API's largest page size. */
export const CASCADE_HEAD = 200;
/** Units kept in rank order: the largest `units(first:)` page. */
export const CASCADE_UNIT_HEAD = 100;

/**
 * Rows or lists a draft goes through between two pauses (Steps): a few milliseconds of work, where
 * a national central section's draft goes through 170k closure rows.
 */
const ITEMS_PER_STEP = 10_000;

/** Whether `path` lies strictly under `ancestorPath` in one document's outline. */
export const isUnderPath = (path: string, ancestorPath: string): boolean =>
  path !== ancestorPath && path.startsWith(ancestorPath);

/** A provision the cascade reports: its shallowest depth and strongest path's score. */
export interface CascadeNode {
  id: string;
  level: GovernmentLevel;
  regionCode: string | null;
  depth: number;
  score: number;
}

/**
 * Shallowest first, then higher levels, stronger paths, and by key in code point order (not the
 * locale's: summarizing a national corpus sorts millions of nodes, and ICU collation cost most of it).
 */
export const cascadeOrder = (a: CascadeNode, b: CascadeNode): number =>
  a.depth - b.depth ||
  LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
  b.score - a.score ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A closure row below one of the starts. */
export interface ClosureEntry extends CascadeNode {
  longest: number;
}

/**
 * The provisions below `starts` from their closure rows: each once, at its shallowest depth and
 * strongest score, the starts themselves left out; and the longest path among all rows (a walk
 * shallower than it would not find every row).
 */
export function mergeClosure<R extends ClosureEntry>(
  starts: ReadonlySet<string>,
  rows: Iterable<R>,
): { reached: R[]; longest: number } {
  return completed(mergeClosureSteps(starts, rows));
}

function* mergeClosureSteps<R extends ClosureEntry>(
  starts: ReadonlySet<string>,
  rows: Iterable<R>,
): Steps<{ reached: R[]; longest: number }> {
  // Rows are shared by every cascade they are in (an item's rows are its section's too): a row
  // is kept as it is and copied only when a second row of its provision changes it.
  const reached = new Map<string, { row: R; own: boolean }>();
  let longest = 0;
  let seen = 0;
  for (const r of rows) {
    if (++seen % ITEMS_PER_STEP === 0) yield;
    longest = Math.max(longest, r.longest);
    if (starts.has(r.id)) continue;
    const known = reached.get(r.id);
    if (!known) reached.set(r.id, { row: r, own: false });
    else if (r.depth < known.row.depth || r.score > known.row.score) {
      if (!known.own) known.row = { ...known.row };
      known.own = true;
      known.row.depth = Math.min(known.row.depth, r.depth);
      known.row.score = Math.max(known.row.score, r.score);
    }
  }
  return { reached: [...reached.values()].map((k) => k.row), longest };
}

/** One unit's share of a cascade: its carriers (each once) and how many it leads, co-leads, supports. */
export interface UnitCarriage {
  unitId: string;
  lead: number;
  coLead: number;
  support: number;
  carriers: string[];
}

/**
 * Each unit's carriage from the carriers lists of a cascade's provisions. A carrier under two
 * reported provisions (a task and its item both implement the requirement) counts once. Lists are
 * whole subtrees, so every list naming a carrier holds all its assignments: a carrier already
 * taken from one list is skipped in the others, without comparing each assignment.
 */
export function carriageOf(lists: Iterable<readonly Carrier[]>): UnitCarriage[] {
  return completed(carriageSteps(lists));
}

function* carriageSteps(lists: Iterable<readonly Carrier[]>): Steps<UnitCarriage[]> {
  // Which list took each carrier: a national section's cascade passes 100k lists.
  const takenBy = new Map<string, number>();
  const byUnit = new Map<string, UnitCarriage>();
  let index = 0;
  for (const list of lists) {
    if (++index % ITEMS_PER_STEP === 0) yield;
    for (const c of list) {
      const owner = takenBy.get(c.provisionId);
      if (owner === undefined) takenBy.set(c.provisionId, index);
      else if (owner !== index) continue;
      let entry = byUnit.get(c.unitId);
      if (!entry)
        byUnit.set(c.unitId, (entry = { unitId: c.unitId, lead: 0, coLead: 0, support: 0, carriers: [] }));
      if (c.role === 'lead') entry.lead++;
      else if (c.role === 'co-lead') entry.coLead++;
      else entry.support++;
      entry.carriers.push(c.provisionId);
    }
  }
  return [...byUnit.values()];
}

/** Most carriers first, then most lead roles (names break the remaining ties: rankUnits). */
const byShare = (a: UnitCarriage, b: UnitCarriage) =>
  b.carriers.length - a.carriers.length || b.lead - a.lead;

/**
 * The carriages that can rank among the first `first` once names break ties: every one ranking
 * above the `first`-th by carriers and leads, and every one tied with it. All of them when `first`
 * is null or covers them all.
 */
export function rankCandidates(carriages: readonly UnitCarriage[], first: number | null): UnitCarriage[] {
  const sorted = [...carriages].sort(byShare);
  if (first === null || first >= sorted.length) return sorted;
  if (first <= 0) return [];
  const boundary = sorted[first - 1];
  let end = first;
  while (end < sorted.length && byShare(sorted[end], boundary) === 0) end++;
  return sorted.slice(0, end);
}

/**
 * Names in the default locale's order, as `localeCompare` gives it; one collator instead of one per
 * call: a national central section ranks thousands of tied candidates, and `localeCompare` took
 * twice as long.
 */
const byName = new Intl.Collator().compare;

/**
 * The first `first` of the candidates (all when null) in rank order: share, then the unit's name,
 * then its key (two regions' units can share a name). Candidates without a name are left out.
 */
export function rankUnits<C extends UnitCarriage>(
  candidates: readonly C[],
  first: number | null,
  nameOf: (unitId: string) => string | undefined,
): C[] {
  const named = candidates.flatMap((c) => {
    const name = nameOf(c.unitId);
    return name === undefined ? [] : [{ c, name }];
  });
  named.sort(
    (a, b) =>
      byShare(a.c, b.c) ||
      byName(a.name, b.name) ||
      (a.c.unitId < b.c.unitId ? -1 : a.c.unitId > b.c.unitId ? 1 : 0),
  );
  return named.slice(0, first ?? named.length).map(({ c }) => c);
}

/** Counts per key, in first-seen order. */
function tally<K>(keys: Iterable<K>): [K, number][] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts];
}

/** An IMPLEMENTS edge leaving a head node into the cascade, with its target's depth. */
export interface SummaryEdge {
  targetId: string;
  targetDepth: number;
  score: number;
  method: LinkMethod;
}

export interface SummaryNode {
  id: string;
  depth: number;
  score: number;
  edges: SummaryEdge[];
}

export interface CascadeSummary {
  /** Longest path among the closure rows: a walk with a smaller maxDepth cannot use the summary. */
  longest: number;
  total: number;
  byLevel: [GovernmentLevel, number][];
  byRegion: [string | null, number][];
  /** The first CASCADE_HEAD nodes in cascade order. */
  head: SummaryNode[];
  unitCount: number;
  /** The first CASCADE_UNIT_HEAD units in rank order. */
  units: UnitCarriage[];
}

/** A cascade merged, ordered and carried, before its head's edges and units' names are looked up. */
export interface CascadeDraft<R extends ClosureEntry> {
  starts: ReadonlySet<string>;
  /** In cascade order. */
  reached: R[];
  longest: number;
  /** How many units carry it. */
  unitCount: number;
  /** The carriages that can rank within the summary's units (their names are needed). */
  candidates: UnitCarriage[];
}

/**
 * The cascade below `starts` (a provision and its outline descendants) from their closure rows
 * and each row's carriers.
 */
export function draftCascade<R extends ClosureEntry>(
  starts: ReadonlySet<string>,
  rows: Iterable<R>,
  carriersOf: (row: R) => readonly Carrier[],
): CascadeDraft<R> {
  return completed(draftCascadeSteps(starts, rows, carriersOf));
}

/**
 * draftCascade in steps, pausing every ITEMS_PER_STEP rows or lists and between its parts: a
 * store's refresh drafts the central opinions' sections while the API serves requests, and one
 * such draft took 0.7 s nationally. Ordering the reached provisions is one step.
 */
export function* draftCascadeSteps<R extends ClosureEntry>(
  starts: ReadonlySet<string>,
  rows: Iterable<R>,
  carriersOf: (row: R) => readonly Carrier[],
): Steps<CascadeDraft<R>> {
  const { reached, longest } = yield* mergeClosureSteps(starts, rows);
  yield;
  reached.sort(cascadeOrder);
  yield;
  const lists: (readonly Carrier[])[] = [];
  for (const r of reached) {
    lists.push(carriersOf(r));
    if (lists.length % ITEMS_PER_STEP === 0) yield;
  }
  const carriages = yield* carriageSteps(lists);
  yield;
  return {
    starts,
    reached,
    longest,
    unitCount: carriages.length,
    candidates: rankCandidates(carriages, CASCADE_UNIT_HEAD),
  };
}

/** The provisions whose IMPLEMENTS edges a summary of the draft holds. */
export const headOf = <R extends ClosureEntry>(draft: CascadeDraft<R>): R[] =>
  draft.reached.slice(0, CASCADE_HEAD);

/**
 * The draft's summary. `edgesOf` gives the IMPLEMENTS edges leaving a head provision, strongest
 * first, then by target key (as the API's edge loader orders them); `unitName` each candidate's name.
 */
export function summarizeCascade<R extends ClosureEntry>(
  draft: CascadeDraft<R>,
  edgesOf: (provisionId: string) => readonly { targetId: string; score: number; method: LinkMethod }[],
  unitName: (unitId: string) => string | undefined,
): CascadeSummary {
  const { reached } = draft;
  const head = headOf(draft);
  // Only the depths of the head's edge targets, not a map of every reached provision.
  const depthOf = new Map<string, number>();
  for (const r of head) for (const e of edgesOf(r.id)) depthOf.set(e.targetId, -1);
  for (const id of draft.starts) if (depthOf.has(id)) depthOf.set(id, 0);
  for (const r of reached) if (depthOf.has(r.id)) depthOf.set(r.id, r.depth);
  const edgesInto = (id: string) =>
    edgesOf(id).flatMap((e) => {
      const targetDepth = depthOf.get(e.targetId) ?? -1;
      return targetDepth < 0 ? [] : [{ targetId: e.targetId, targetDepth, score: e.score, method: e.method }];
    });
  return {
    longest: draft.longest,
    total: reached.length,
    byLevel: tally(reached.map((r) => r.level)).sort(([a], [b]) => LEVEL_RANK[a] - LEVEL_RANK[b]),
    byRegion: tally(reached.map((r) => r.regionCode)),
    head: head.map((r) => ({ id: r.id, depth: r.depth, score: r.score, edges: edgesInto(r.id) })),
    unitCount: draft.unitCount,
    units: rankUnits(draft.candidates, CASCADE_UNIT_HEAD, unitName),
  };
}

// Stored compactly: a national central section's summary is tens of kilobytes.
const Stored = z.object({
  v: z.literal(1),
  longest: z.number().int(),
  total: z.number().int(),
  levels: z.array(z.tuple([z.enum(GOVERNMENT_LEVELS), z.number().int()])),
  regions: z.array(z.tuple([z.string().nullable(), z.number().int()])),
  head: z.array(
    z.tuple([
      z.string(),
      z.number().int(),
      z.number(),
      z.array(z.tuple([z.string(), z.number().int(), z.number(), z.enum(LINK_METHODS)])),
    ]),
  ),
  unitCount: z.number().int(),
  units: z.array(
    z.tuple([z.string(), z.number().int(), z.number().int(), z.number().int(), z.array(z.string())]),
  ),
});

export function encodeCascade(s: CascadeSummary): string {
  const stored: z.infer<typeof Stored> = {
    v: 1,
    longest: s.longest,
    total: s.total,
    levels: s.byLevel,
    regions: s.byRegion,
    head: s.head.map((n) => [
      n.id,
      n.depth,
      n.score,
      n.edges.map((e) => [e.targetId, e.targetDepth, e.score, e.method] as const),
    ]),
    unitCount: s.unitCount,
    units: s.units.map((u) => [u.unitId, u.lead, u.coLead, u.support, u.carriers]),
  };
  return JSON.stringify(stored);
}

/** The stored summary, or null when it is not computed yet (a write has just made it stale). */
export function decodeCascade(provisionId: string, stored: unknown): CascadeSummary | null {
  if (stored === null || stored === undefined) return null;
  let parsed: z.infer<typeof Stored>;
  try {
    parsed = Stored.parse(JSON.parse(String(stored)));
  } catch (cause) {
    throw new PolicyCascadeError('INTERNAL', `Provision ${provisionId} has no valid cascade summary`, {
      cause,
      details: { provisionId },
    });
  }
  return {
    longest: parsed.longest,
    total: parsed.total,
    byLevel: parsed.levels,
    byRegion: parsed.regions,
    head: parsed.head.map(([id, depth, score, edges]) => ({
      id,
      depth,
      score,
      edges: edges.map(([targetId, targetDepth, edgeScore, method]) => ({
        targetId,
        targetDepth,
        score: edgeScore,
        method,
      })),
    })),
    unitCount: parsed.unitCount,
    units: parsed.units.map(([unitId, lead, coLead, support, carriers]) => ({
      unitId,
      lead,
      coLead,
      support,
      carriers,
    })),
  };
}

/**
 * One document's share of the closure rows below a requirement (its own rows, not its outline
 * descendants'): what a coverage cell needs. Stored with the provision (Provision.servingDocuments)
 * because a national coverage reads 42k such tallies: Kuzu took 200 ms to count them and the
 * binding 150 ms more to hand over the rows, against one string per requirement.
 */
export interface ServingDocument {
  documentId: string;
  provisions: number;
  /** Score of the strongest path from any of them. */
  bestScore: number;
  /** Longest path from any of them (a shallower walk may report less). */
  longest: number;
}

/** Tallies closure rows per document of their lower provision, in document key order. */
export function servingDocuments(
  rows: Iterable<{ documentId: string | null; score: number; longest: number }>,
): ServingDocument[] {
  const byDocument = new Map<string, ServingDocument>();
  for (const r of rows) {
    if (r.documentId === null) continue;
    const known = byDocument.get(r.documentId);
    if (!known)
      byDocument.set(r.documentId, {
        documentId: r.documentId,
        provisions: 1,
        bestScore: r.score,
        longest: r.longest,
      });
    else {
      known.provisions++;
      known.bestScore = Math.max(known.bestScore, r.score);
      known.longest = Math.max(known.longest, r.longest);
    }
  }
  return [...byDocument.values()].sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0,
  );
}

/** Stored as JSON `[[documentId, provisions, bestScore, longest], …]`. */
export const encodeServing = (serving: readonly ServingDocument[]): string =>
  JSON.stringify(serving.map((s) => [s.documentId, s.provisions, s.bestScore, s.longest]));

/**
 * The stored tallies, or null when not computed. Checked by hand, not by a schema: a national
 * coverage decodes 42k of them per request.
 */
export function decodeServing(provisionId: string, stored: unknown): ServingDocument[] | null {
  if (stored === null || stored === undefined) return null;
  const invalid = () =>
    new PolicyCascadeError('INTERNAL', `Provision ${provisionId} has no valid serving documents`, {
      details: { provisionId },
    });
  let entries: unknown;
  try {
    entries = JSON.parse(String(stored));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(entries)) throw invalid();
  return entries.map((e: unknown) => {
    if (
      !Array.isArray(e) ||
      e.length !== 4 ||
      typeof e[0] !== 'string' ||
      !Number.isInteger(e[1]) ||
      typeof e[2] !== 'number' ||
      !Number.isInteger(e[3])
    )
      throw invalid();
    return { documentId: e[0], provisions: e[1], bestScore: e[2], longest: e[3] };
  });
}
