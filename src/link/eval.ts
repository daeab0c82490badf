// Scores written IMPLEMENTS edges against hand labels (test/fixtures/link/dev-labels.json):
// precision (an edge to a target labeled strong or partial is right), recall of the strong
// labels, F1, and the share of no-counterpart provisions left without any edge; overall and per
// level pair. Pure: the CLI reads the files.
import { z } from 'zod';
import { PolicyCascadeError } from '../errors.js';
import type { ParsedDocument } from '../ingest/schema.js';
import type { Implementation } from './types.js';

const Ref = z.object({ file: z.string().min(1), path: z.string().min(1) });
type Ref = z.infer<typeof Ref>;

export const LinkLabelsSchema = z.object({
  description: z.string().optional(),
  targetFile: z.string().min(1),
  labeledFiles: z.array(z.string().min(1)),
  links: z.array(z.object({ source: Ref, target: Ref, label: z.enum(['strong', 'partial']) })),
  noCounterpart: z.array(Ref),
});
export type LinkLabels = z.infer<typeof LinkLabelsSchema>;

// Also accepted, for labels written elsewhere: a bare array of links; a reference as
// {document | documentId, path} or as one string `<file or document id>:<path>` (or `#`);
// label `none` (or no target) for a provision without counterpart; targetFile and labeledFiles
// left out (inferred).
const LooseRef = z.union([
  Ref,
  z
    .object({ document: z.string().min(1), path: z.string().min(1) })
    .transform((r) => ({ file: r.document, path: r.path })),
  z
    .object({ documentId: z.string().min(1), path: z.string().min(1) })
    .transform((r) => ({ file: r.documentId, path: r.path })),
  z
    .string()
    .regex(/^[^#:]+[#:].+$/, 'a reference is <file or document id>:<path>')
    .transform((r) => {
      const at = r.search(/[#:]/);
      return { file: r.slice(0, at), path: r.slice(at + 1) };
    }),
]);
const LooseLink = z.object({
  source: LooseRef,
  target: LooseRef.nullable().optional(),
  label: z.enum(['strong', 'partial', 'none']).default('strong'),
});
const LooseLabels = z.union([
  z.array(LooseLink).transform((links) => ({ links, noCounterpart: [] as Ref[] })),
  z.object({
    description: z.string().optional(),
    targetFile: z.string().min(1).optional(),
    labeledFiles: z.array(z.string().min(1)).optional(),
    links: z.array(LooseLink),
    noCounterpart: z.array(LooseRef).default([]),
  }),
]);

export function parseLinkLabels(value: unknown): LinkLabels {
  const parsed = LooseLabels.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'labels'}: ${i.message}`);
    throw new PolicyCascadeError('BAD_USER_INPUT', `Invalid link labels:\n  ${lines.join('\n  ')}`);
  }
  const loose = parsed.data;
  const links: LinkLabels['links'] = [];
  const noCounterpart: Ref[] = [...loose.noCounterpart];
  for (const l of loose.links) {
    if (l.label === 'none' || !l.target) noCounterpart.push(l.source);
    else links.push({ source: l.source, target: l.target, label: l.label });
  }
  const targetCounts = new Map<string, number>();
  for (const l of links) targetCounts.set(l.target.file, (targetCounts.get(l.target.file) ?? 0) + 1);
  const targetFile =
    ('targetFile' in loose ? loose.targetFile : undefined) ??
    [...targetCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!targetFile)
    throw new PolicyCascadeError(
      'BAD_USER_INPUT',
      'Invalid link labels: no target document (targetFile, or at least one link).',
    );
  const labeledFiles = ('labeledFiles' in loose ? loose.labeledFiles : undefined) ?? [
    ...new Set([...links.map((l) => l.source.file), ...noCounterpart.map((r) => r.file)]),
  ];
  return LinkLabelsSchema.parse({
    description: 'description' in loose ? loose.description : undefined,
    targetFile,
    labeledFiles,
    links,
    noCounterpart,
  });
}

/** Printed paths compare equal across bracket widths, spacing and 、/. variants. */
export const pathKey = (path: string): string =>
  path
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（]/g, '(')
    .replace(/[)）]/g, ')')
    .replace(/[.．、]/g, '|');

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

export interface Metrics {
  edges: number;
  correct: number;
  precision: number;
  strongLabels: number;
  strongFound: number;
  recall: number;
  f1: number;
  noCounterpart: number;
  noCounterpartUnlinked: number;
  unlinkedShare: number;
}

export interface EvalReport {
  overall: Metrics;
  /** Keyed `county→central`, `city→central`, … */
  byLevelPair: Record<string, Metrics>;
  /** Labeled provisions the parsed corpus does not contain (path drift): counted as missed. */
  missingSources: string[];
  /** Edges judged wrong, and strong labels missed, for reading. */
  falsePositives: { source: string; target: string; score: number }[];
  falseNegatives: { source: string; target: string }[];
}

interface Tally {
  edges: number;
  correct: number;
  strongLabels: number;
  strongFound: number;
  noCounterpart: number;
  noCounterpartUnlinked: number;
}

const emptyTally = (): Tally => ({
  edges: 0,
  correct: 0,
  strongLabels: 0,
  strongFound: 0,
  noCounterpart: 0,
  noCounterpartUnlinked: 0,
});
const ratio = (a: number, b: number, empty: number): number => (b === 0 ? empty : a / b);

function metrics(t: Tally): Metrics {
  const precision = ratio(t.correct, t.edges, 1);
  const recall = ratio(t.strongFound, t.strongLabels, 1);
  return {
    ...t,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    unlinkedShare: ratio(t.noCounterpartUnlinked, t.noCounterpart, 1),
  };
}

export function evaluateLinks(
  labels: LinkLabels,
  documents: readonly ParsedDocument[],
  implementations: readonly Implementation[],
): EvalReport {
  // A label may name a document by file name, path or document id.
  const fileOf = new Map<string, string>();
  for (const d of documents) {
    const file = baseName(d.sourceFile);
    for (const alias of [file, d.id, file.replace(/\.[^.]+$/, '')]) fileOf.set(alias, file);
  }
  const refKey = (file: string, path: string): string =>
    `${fileOf.get(baseName(file)) ?? fileOf.get(file) ?? baseName(file)}#${pathKey(path)}`;
  const where = new Map<string, { key: string; level: string; file: string }>();
  for (const d of documents) {
    for (const p of d.provisions)
      where.set(p.id, { key: refKey(d.sourceFile, p.path), level: d.level, file: baseName(d.sourceFile) });
  }
  const present = new Set([...where.values()].map((w) => w.key));
  const targetFile = fileOf.get(baseName(labels.targetFile)) ?? baseName(labels.targetFile);
  const targetLevel = documents.find((d) => baseName(d.sourceFile) === targetFile)?.level ?? 'central';
  const levelOfFile = new Map(documents.map((d) => [baseName(d.sourceFile), d.level as string]));

  const labelOf = new Map<string, 'strong' | 'partial'>();
  const labeledSources = new Set<string>();
  for (const l of labels.links) {
    labelOf.set(`${refKey(l.source.file, l.source.path)}>${refKey(l.target.file, l.target.path)}`, l.label);
    labeledSources.add(refKey(l.source.file, l.source.path));
  }
  const none = new Set(labels.noCounterpart.map((r) => refKey(r.file, r.path)));
  for (const k of none) labeledSources.add(k);

  const tallies = new Map<string, Tally>();
  const tally = (pair: string): Tally => {
    let t = tallies.get(pair);
    if (!t) tallies.set(pair, (t = emptyTally()));
    return t;
  };
  const pairOf = (file: string): string =>
    `${levelOfFile.get(fileOf.get(baseName(file)) ?? baseName(file)) ?? 'unknown'}→${targetLevel}`;

  const linkedSources = new Set<string>();
  const found = new Set<string>();
  const falsePositives: EvalReport['falsePositives'] = [];
  for (const e of implementations) {
    const s = where.get(e.sourceId);
    const t = where.get(e.targetId);
    if (!s || !t || t.file !== targetFile || !labeledSources.has(s.key)) continue;
    linkedSources.add(s.key);
    const key = `${s.key}>${t.key}`;
    const label = labelOf.get(key);
    const tl = tally(pairOf(s.file));
    tl.edges += 1;
    if (label) {
      tl.correct += 1;
      found.add(key);
    } else falsePositives.push({ source: s.key, target: t.key, score: e.score });
  }

  const falseNegatives: EvalReport['falseNegatives'] = [];
  for (const l of labels.links) {
    if (l.label !== 'strong') continue;
    const s = refKey(l.source.file, l.source.path);
    const t = refKey(l.target.file, l.target.path);
    const tl = tally(pairOf(l.source.file));
    tl.strongLabels += 1;
    if (found.has(`${s}>${t}`)) tl.strongFound += 1;
    else falseNegatives.push({ source: s, target: t });
  }
  for (const r of labels.noCounterpart) {
    const k = refKey(r.file, r.path);
    const tl = tally(pairOf(r.file));
    tl.noCounterpart += 1;
    if (!linkedSources.has(k)) tl.noCounterpartUnlinked += 1;
  }

  const overall = emptyTally();
  const byLevelPair: Record<string, Metrics> = {};
  for (const [pair, t] of [...tallies.entries()].sort()) {
    byLevelPair[pair] = metrics(t);
    for (const k of Object.keys(overall) as (keyof Tally)[]) overall[k] += t[k];
  }
  return {
    overall: metrics(overall),
    byLevelPair,
    missingSources: [...labeledSources].filter((k) => !present.has(k)).sort(),
    falsePositives,
    falseNegatives,
  };
}
