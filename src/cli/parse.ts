// `npm run --silent parse -- <file>`: prints the ParsedDocument as JSON on stdout; diagnostics
// (warnings, errors) go to stderr; a failure exits non-zero with its error code.
import { Command } from 'commander';
import { isPolicyCascadeError, type ErrorCode } from '../errors.js';
import { parseDocumentFile } from '../ingest/index.js';

const EXIT_CODES: Partial<Record<ErrorCode, number>> = {
  PARSE_FAILED: 2,
  UNSUPPORTED_FORMAT: 3,
  INPUT_TOO_LARGE: 4,
  NOT_FOUND: 5,
  BAD_USER_INPUT: 6,
};

const program = new Command()
  .name('parse')
  .description('Parse a policy document (.txt, .html, .docx, .pdf) into a ParsedDocument (JSON on stdout).')
  .argument('<file>', 'document to parse; a sidecar <file>.meta.json adds the source URL and retrieval date')
  .option('--compact', 'print JSON on one line')
  .option('--quiet', 'do not print warnings on stderr')
  .action(async (file: string, opts: { compact?: boolean; quiet?: boolean }) => {
    try {
      const document = await parseDocumentFile(file);
      if (!opts.quiet) {
        for (const w of document.warnings)
          process.stderr.write(`warning ${w.code}${w.line ? ` (line ${w.line})` : ''}: ${w.message}\n`);
      }
      process.stdout.write(`${JSON.stringify(document, null, opts.compact ? undefined : 2)}\n`);
    } catch (error) {
      if (isPolicyCascadeError(error)) {
        process.stderr.write(`error ${error.code}: ${error.message}\n`);
        process.exitCode = EXIT_CODES[error.code] ?? 1;
      } else {
        process.stderr.write(
          `error INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        process.exitCode = 1;
      }
    }
  });

await program.parseAsync();
