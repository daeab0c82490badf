import { loadGazetteer } from '../regions/index.js';
import { openKuzuEngine } from './kuzu/engine.js';
import { openNeo4jEngine } from './neo4j/engine.js';
import { createGraphStore } from './store.js';
export { namedQuery } from './queries.js';
export { searchParams, searchTerms } from './search-terms.js';
export { NODE_LABELS, RELATIONSHIP_TYPES } from './model.js';
export async function openGraphStore(config, options = {}) {
    const engine = config.engine === 'neo4j'
        ? await openNeo4jEngine({ ...config.neo4j, listener: options.listener })
        : await openKuzuEngine({ path: config.kuzu.path, listener: options.listener });
    const store = createGraphStore(engine, {
        regions: options.regions ?? (() => loadGazetteer()),
        faultInjector: options.faultInjector,
    });
    if (options.migrate !== false) {
        try {
            await store.migrate();
        }
        catch (error) {
            await store.close().catch(() => undefined);
            throw error;
        }
    }
    return store;
}
//# sourceMappingURL=index.js.map