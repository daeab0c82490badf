// Shared edge of the link CLIs: parse the given files (default seed/documents/) and build the
// linker's options (configuration file, region ancestors from the gazetteer).
import { parseDocumentFile } from '../ingest/index.js';
import type { ParsedDocument } from '../ingest/schema.js';
import { loadLinkConfig } from '../link/config-file.js';
import type { LinkOptions } from '../link/index.js';
import { loadGazetteer } from '../regions/index.js';
import { seedFiles } from '../seed/files.js';

export const DEFAULT_DOCUMENTS = 'seed/documents';

export async function parseCorpus(
  paths: readonly string[],
  onFile?: (file: string) => void,
): Promise<ParsedDocument[]> {
  const files = await seedFiles(paths.length > 0 ? paths : [DEFAULT_DOCUMENTS]);
  const documents: ParsedDocument[] = [];
  for (const file of files) {
    onFile?.(file);
    documents.push(await parseDocumentFile(file));
  }
  return documents;
}

export function linkOptions(configFile?: string): LinkOptions {
  const gazetteer = loadGazetteer();
  return {
    config: loadLinkConfig(configFile),
    ancestors: (code) =>
      gazetteer
        .chain(code)
        .map((r) => r.code)
        .filter((c) => c !== code),
  };
}
