// `npm run dev`: the API as `npm start` serves it, with the explorer served by Vite in middleware
// mode (hot reload) instead of from dist/explorer.
import 'reflect-metadata';
import { createServer } from 'vite';
import { createLogger } from './api/logging.js';
import { runProcess, start } from './api/start.js';
import { loadConfig } from './config.js';
const config = loadConfig();
const logger = createLogger(config);
runProcess(logger, async () => {
    const vite = await createServer({
        configFile: 'src/explorer/vite.config.ts',
        server: { middlewareMode: true },
        appType: 'mpa',
    });
    const server = await start(config, logger, { frontend: vite.middlewares });
    return {
        stop: async () => {
            await server.stop();
            await vite.close();
        },
    };
});
//# sourceMappingURL=dev.js.map