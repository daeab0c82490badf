import { createLoaders } from './loaders/index.js';
import { observedReader } from './reader.js';
export function createContext(input) {
    const roundTrips = [];
    const reader = observedReader(input.store, (event) => {
        roundTrips.push(event);
        input.logger.debug({ query: event.name, rows: event.rows, ms: Math.round(event.ms) }, 'graph read');
    });
    return { ...input, reader, loaders: createLoaders(reader), roundTrips };
}
//# sourceMappingURL=context.js.map