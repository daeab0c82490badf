// `npm start`: the API and the built explorer on the configured engine (embedded Kuzu unless
// NEO4J_URI is set), seeded from seed/documents when the store is empty.
import 'reflect-metadata';
import { createLogger } from './api/logging.js';
import { runProcess, start } from './api/start.js';
import { loadConfig } from './config.js';
const config = loadConfig();
const logger = createLogger(config);
runProcess(logger, () => start(config, logger));
//# sourceMappingURL=main.js.map