// `npm run link -- [--explain <provisionId>] [--all] [files…]`: parses the files (default
// seed/documents/), links them, and prints either one provision's scored candidates with each
// signal's contribution, or every edge the linker writes.
import path from 'node:path';
import { Command } from 'commander';
import { isPolicyCascadeError } from '../errors.js';
import type { ParsedDocument } from '../ingest/schema.js';
import { createLinker, type Candidate } from '../link/index.js';
import { linkOptions, parseCorpus } from './link-input.js';

interface Options {
  explain?: string;
  all?: boolean;
  top: string;
  config?: string;
  json?: boolean;
}

const fmt = (x: number): string => (x >= 0 ? ' ' : '') + x.toFixed(3);

/** Full id, or `<document id or file prefix>:<path>` (e.g. 003:二、(二)7.) for convenience. */
function findProvision(documents: readonly ParsedDocument[], wanted: string): string | null {
  for (const d of documents) for (const p of d.provisions) if (p.id === wanted) return p.id;
  const at = wanted.indexOf(':');
  if (at < 0) return null;
  const [prefix, p] = [wanted.slice(0, at), wanted.slice(at + 1)];
  const doc = documents.find(
    (d) => d.id.startsWith(prefix) || path.basename(d.sourceFile).startsWith(prefix),
  );
  return doc?.provisions.find((x) => x.path === p)?.id ?? null;
}

function printCandidates(
  source: ParsedDocument['provisions'][number],
  candidates: Candidate[],
  top: number,
): void {
  console.log(`source ${source.id}  ${source.title ?? source.text.slice(0, 30)}`);
  if (candidates.length === 0)
    console.log('  no candidates (generic provision, no body, or no higher-level document on its chain)');
  candidates.slice(0, top).forEach((c, i) => {
    const t = c.target.entry.provision;
    const v = c.pair.values;
    console.log(
      `${c.kept ? '*' : ' '}#${i + 1} ${c.pair.score.toFixed(3)} ${c.pair.method.padEnd(9)} → ${t.id}  ${t.title ?? ''}`,
    );
    console.log(
      `     values:  word${fmt(v.word)} char${fmt(v.char)} sentence${fmt(v.sentence)} phrase${fmt(v.phrase)} concept${fmt(v.concept)} title${fmt(v.title)} structure${fmt(v.structure)}`,
    );
    console.log(
      `     contrib: ${Object.entries(c.pair.contributions)
        .map(([k, x]) => `${k}${fmt(x)}`)
        .join(' ')}`,
    );
    const shared = [
      ...c.pair.concepts.map((x) => `概念:${x.name}`),
      ...c.pair.phrases.slice(0, 5).map((x) => `短语:${x.text}`),
    ];
    if (shared.length > 0) console.log(`     shared:  ${shared.join(' ')}`);
  });
  console.log('(* = written as IMPLEMENTS)');
}

const program = new Command()
  .name('link')
  .description("Link parsed documents: explain one provision's candidates, or print every edge.")
  .argument('[files...]', 'documents or directories (default seed/documents)')
  .option(
    '--explain <provisionId>',
    'print the scored candidates of one provision (full id, or <doc id | file prefix>:<path>)',
  )
  .option('--all', 'print every IMPLEMENTS, SIMILAR_TO, IMPLEMENTS_DOC/CITES edge and referenced document')
  .option('--top <n>', 'candidates to print with --explain', '8')
  .option('--config <file>', 'link configuration (default seed/link-config.json)')
  .option('--json', 'print the LinkResult as JSON')
  .action(async (files: string[], opts: Options) => {
    try {
      const documents = await parseCorpus(files, (f) => process.stderr.write(`parsing ${f}\n`));
      const linker = createLinker(documents, linkOptions(opts.config));
      if (opts.explain) {
        const id = findProvision(documents, opts.explain);
        if (!id) throw new Error(`No provision ${opts.explain} in the parsed documents.`);
        const source = documents.flatMap((d) => d.provisions).find((p) => p.id === id)!;
        printCandidates(source, linker.explain(id), Number(opts.top));
        return;
      }
      const started = performance.now();
      const result = linker.link();
      const ms = Math.round(performance.now() - started);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const title = new Map(
        documents.flatMap((d) => d.provisions.map((p) => [p.id, p.title ?? p.text.slice(0, 24)])),
      );
      if (opts.all) {
        for (const i of result.implementations) {
          console.log(
            `IMPLEMENTS ${i.score.toFixed(3)} ${i.method.padEnd(9)} ${i.sourceId} (${title.get(i.sourceId)}) → ${i.targetId} (${title.get(i.targetId)})  ${i.evidence.summary}`,
          );
        }
        for (const s of result.similarities)
          console.log(`SIMILAR_TO ${s.score.toFixed(3)} ${s.sourceId} ~ ${s.targetId}`);
        for (const l of result.documentLinks) {
          console.log(
            `${l.relation === 'implements' ? 'IMPLEMENTS_DOC' : 'CITES'} ${l.sourceDocumentId} → ${l.targetDocumentId} 《${l.citedTitle}》`,
          );
        }
        for (const r of result.referencedDocuments)
          console.log(`REFERENCED ${r.id} ${r.level ?? '?'} ${r.issuer ?? ''}《${r.title}》`);
      }
      console.log(
        `${documents.length} documents, ${documents.reduce((n, d) => n + d.provisions.length, 0)} provisions: ` +
          `${result.implementations.length} IMPLEMENTS, ${result.similarities.length} SIMILAR_TO, ` +
          `${result.documentLinks.length} document links, ${result.referencedDocuments.length} referenced documents (${ms} ms)`,
      );
    } catch (error) {
      process.stderr.write(
        `error ${isPolicyCascadeError(error) ? error.code : 'INTERNAL'}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  });

await program.parseAsync();
