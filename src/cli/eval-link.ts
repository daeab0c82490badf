// `npm run eval:link -- <labels.json> [files…]`: parses the corpus (default seed/documents/),
// links it, and prints precision, recall of strong labels, F1 and the share of no-counterpart
// provisions left unlinked, overall and per level pair (metrics in src/link/eval.ts).
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { isPolicyCascadeError } from '../errors.js';
import { evaluateLinks, parseLinkLabels, type Metrics } from '../link/eval.js';
import { linkCorpus } from '../link/index.js';
import { linkOptions, parseCorpus } from './link-input.js';

const row = (name: string, m: Metrics): string =>
  `${name.padEnd(18)} P ${m.precision.toFixed(3)} (${m.correct}/${m.edges})  R ${m.recall.toFixed(3)} (${m.strongFound}/${m.strongLabels})  ` +
  `F1 ${m.f1.toFixed(3)}  unlinked ${m.unlinkedShare.toFixed(3)} (${m.noCounterpartUnlinked}/${m.noCounterpart})`;

const program = new Command()
  .name('eval:link')
  .description(
    'Score the linker against hand labels (precision, recall of strong links, F1, unlinked share).',
  )
  .argument('<labels>', 'labels file, e.g. test/fixtures/link/dev-labels.json')
  .argument('[files...]', 'documents or directories (default seed/documents)')
  .option('--config <file>', 'link configuration (default seed/link-config.json)')
  .option('--verbose', 'list wrong edges and missed strong labels')
  .option('--json', 'print the report as JSON')
  .action(
    async (
      labelsFile: string,
      files: string[],
      opts: { config?: string; verbose?: boolean; json?: boolean },
    ) => {
      try {
        const labels = parseLinkLabels(JSON.parse(readFileSync(labelsFile, 'utf8')));
        const documents = await parseCorpus(files);
        const result = linkCorpus(documents, { ...linkOptions(opts.config), similarities: false });
        const report = evaluateLinks(labels, documents, result.implementations);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        console.log(row('overall', report.overall));
        for (const [pair, m] of Object.entries(report.byLevelPair)) console.log(row(pair, m));
        if (report.missingSources.length > 0) {
          console.log(
            `labeled provisions not found in the parsed corpus (${report.missingSources.length}): ${report.missingSources.join(' ')}`,
          );
        }
        if (opts.verbose) {
          for (const e of report.falsePositives)
            console.log(`wrong  ${e.source} → ${e.target} (${e.score.toFixed(3)})`);
          for (const e of report.falseNegatives) console.log(`missed ${e.source} → ${e.target}`);
        }
      } catch (error) {
        process.stderr.write(
          `error ${isPolicyCascadeError(error) ? error.code : 'INTERNAL'}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode = 1;
      }
    },
  );

await program.parseAsync();
