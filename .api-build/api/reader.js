import { namedQuery } from '../graph/queries.js';
export function observedReader(store, listener) {
    return {
        async read(name, params = {}) {
            const started = performance.now();
            const rows = await store.read(namedQuery(name), params);
            listener({ name, rows: rows.length, ms: performance.now() - started, params });
            return rows;
        },
    };
}
//# sourceMappingURL=reader.js.map