import { isPolicyCascadeError } from '../errors.js';
import { openGraphStore } from '../graph/index.js';
import { isStoreEmpty, seedCorpus, seedFiles } from '../seed/index.js';
import { serve } from './http.js';
export async function seedIfEmpty(config, store, logger) {
    if (!config.seed.onStart || !(await isStoreEmpty(store)))
        return;
    const files = await seedFiles([config.seed.dir]);
    logger.info({ dir: config.seed.dir, files: files.length }, 'store is empty: seeding');
    const started = performance.now();
    const report = await seedCorpus(store, files, {
        onProgress: (progress) => logger.debug({ progress }, 'seeding'),
    });
    logger.info({ ms: Math.round(performance.now() - started), links: report.links }, 'seeded');
}
export async function start(config, logger, options = {}) {
    const store = await openGraphStore(config);
    try {
        await seedIfEmpty(config, store, logger);
        const server = await serve({ config, store, logger }, options);
        logger.info({ url: server.url, engine: store.engine }, `policy-cascade listening on ${server.url}`);
        const stop = async () => {
            await server.close();
            await store.close();
        };
        return { ...server, store, stop };
    }
    catch (error) {
        await store.close().catch(() => undefined);
        throw error;
    }
}
/** Runs `main` as the process: typed errors print their message, anything else its stack. */
export function runProcess(logger, main) {
    main()
        .then(({ stop }) => {
        for (const signal of ['SIGINT', 'SIGTERM']) {
            process.once(signal, () => {
                logger.info({ signal }, 'shutting down');
                stop().then(() => process.exit(0), () => process.exit(1));
            });
        }
    })
        .catch((error) => {
        if (isPolicyCascadeError(error))
            logger.fatal({ code: error.code }, error.message);
        else
            logger.fatal({ err: error }, 'start-up failed');
        process.exitCode = 1;
    });
}
//# sourceMappingURL=start.js.map