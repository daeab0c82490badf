// The per-request context: a reader that reports every round trip, fresh DataLoaders, the caller's
// authentication and a request-scoped logger. Nothing in it outlives the request but the server's
// CorpusCache, which keeps only what the current corpus revision holds (the documents loader finds
// documents there).
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { GraphStore } from '../graph/port.js';
import type { CorpusCache } from './corpus-cache.js';
import { type Loaders, createLoaders } from './loaders/index.js';
import { type GraphReader, type ReadEvent, observedReader } from './reader.js';
import { keptDocumentsById } from './services/documents.service.js';

export type RoundTrip = ReadEvent;

export interface ApiContext {
  requestId: string;
  config: Config;
  store: GraphStore;
  reader: GraphReader;
  loaders: Loaders;
  corpus: CorpusCache;
  authenticated: boolean;
  logger: Logger;
  roundTrips: RoundTrip[];
}

export interface ContextInput {
  requestId: string;
  config: Config;
  store: GraphStore;
  corpus: CorpusCache;
  logger: Logger;
  authenticated: boolean;
}

export function createContext(input: ContextInput): ApiContext {
  const roundTrips: RoundTrip[] = [];
  const reader = observedReader(input.store, (event) => {
    roundTrips.push(event);
    input.logger.debug({ query: event.name, rows: event.rows, ms: Math.round(event.ms) }, 'graph read');
  });
  return {
    ...input,
    reader,
    loaders: createLoaders(reader, {
      referenceRegion: (code) => input.store.referenceRegion(code),
      keptDocuments: () => keptDocumentsById({ corpus: input.corpus, reader }),
    }),
    roundTrips,
  };
}
