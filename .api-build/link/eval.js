// Scores written IMPLEMENTS edges against hand labels (test/fixtures/link/dev-labels.json):
// precision (an edge to a target labeled strong or partial is right), recall of the strong
// labels, F1, and the share of no-counterpart provisions left without any edge; overall and per
// level pair. Pure: the CLI reads the files.
import { z } from 'zod';
import { PolicyCascadeError } from '../errors.js';
const Ref = z.object({ file: z.string().min(1), path: z.string().min(1) });
export const LinkLabelsSchema = z.object({
    description: z.string().optional(),
    targetFile: z.string().min(1),
    labeledFiles: z.array(z.string().min(1)),
    links: z.array(z.object({ source: Ref, target: Ref, label: z.enum(['strong', 'partial']) })),
    noCounterpart: z.array(Ref),
});
export function parseLinkLabels(value) {
    const parsed = LinkLabelsSchema.safeParse(value);
    if (!parsed.success) {
        const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'labels'}: ${i.message}`);
        throw new PolicyCascadeError('BAD_USER_INPUT', `Invalid link labels:\n  ${lines.join('\n  ')}`);
    }
    return parsed.data;
}
/** Printed paths compare equal across bracket widths, spacing and 、/. variants. */
export const pathKey = (path) => path
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（]/g, '(')
    .replace(/[)）]/g, ')')
    .replace(/[.．、]/g, '|');
const baseName = (file) => file.split(/[\\/]/).pop() ?? file;
const refKey = (file, path) => `${baseName(file)}#${pathKey(path)}`;
const emptyTally = () => ({ edges: 0, correct: 0, strongLabels: 0, strongFound: 0, noCounterpart: 0, noCounterpartUnlinked: 0 });
const ratio = (a, b, empty) => (b === 0 ? empty : a / b);
function metrics(t) {
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
export function evaluateLinks(labels, documents, implementations) {
    const where = new Map();
    for (const d of documents) {
        for (const p of d.provisions)
            where.set(p.id, { key: refKey(d.sourceFile, p.path), level: d.level, file: baseName(d.sourceFile) });
    }
    const present = new Set([...where.values()].map((w) => w.key));
    const targetFile = baseName(labels.targetFile);
    const targetLevel = documents.find((d) => baseName(d.sourceFile) === targetFile)?.level ?? 'central';
    const levelOfFile = new Map(documents.map((d) => [baseName(d.sourceFile), d.level]));
    const labelOf = new Map();
    const labeledSources = new Set();
    for (const l of labels.links) {
        labelOf.set(`${refKey(l.source.file, l.source.path)}>${refKey(l.target.file, l.target.path)}`, l.label);
        labeledSources.add(refKey(l.source.file, l.source.path));
    }
    const none = new Set(labels.noCounterpart.map((r) => refKey(r.file, r.path)));
    for (const k of none)
        labeledSources.add(k);
    const tallies = new Map();
    const tally = (pair) => {
        let t = tallies.get(pair);
        if (!t)
            tallies.set(pair, (t = emptyTally()));
        return t;
    };
    const pairOf = (file) => `${levelOfFile.get(baseName(file)) ?? 'unknown'}→${targetLevel}`;
    const linkedSources = new Set();
    const found = new Set();
    const falsePositives = [];
    for (const e of implementations) {
        const s = where.get(e.sourceId);
        const t = where.get(e.targetId);
        if (!s || !t || t.file !== targetFile || !labeledSources.has(s.key))
            continue;
        linkedSources.add(s.key);
        const key = `${s.key}>${t.key}`;
        const label = labelOf.get(key);
        const tl = tally(pairOf(s.file));
        tl.edges += 1;
        if (label) {
            tl.correct += 1;
            found.add(key);
        }
        else
            falsePositives.push({ source: s.key, target: t.key, score: e.score });
    }
    const falseNegatives = [];
    for (const l of labels.links) {
        if (l.label !== 'strong')
            continue;
        const s = refKey(l.source.file, l.source.path);
        const t = refKey(l.target.file, l.target.path);
        const tl = tally(pairOf(l.source.file));
        tl.strongLabels += 1;
        if (found.has(`${s}>${t}`))
            tl.strongFound += 1;
        else
            falseNegatives.push({ source: s, target: t });
    }
    for (const r of labels.noCounterpart) {
        const k = refKey(r.file, r.path);
        const tl = tally(pairOf(r.file));
        tl.noCounterpart += 1;
        if (!linkedSources.has(k))
            tl.noCounterpartUnlinked += 1;
    }
    const overall = emptyTally();
    const byLevelPair = {};
    for (const [pair, t] of [...tallies.entries()].sort()) {
        byLevelPair[pair] = metrics(t);
        for (const k of Object.keys(overall))
            overall[k] += t[k];
    }
    return {
        overall: metrics(overall),
        byLevelPair,
        missingSources: [...labeledSources].filter((k) => !present.has(k)).sort(),
        falsePositives,
        falseNegatives,
    };
}
//# sourceMappingURL=eval.js.map