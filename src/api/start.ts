// Start-up shared by `npm start` (main.ts) and `npm run dev` (dev.ts): open the configured store
// (migrations run on open), seed it from seed/documents when empty, then serve.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { isPolicyCascadeError } from '../errors.js';
import { openGraphStore } from '../graph/index.js';
import type { GraphStore } from '../graph/port.js';
import { isStoreEmpty, seedCorpus, seedFiles } from '../seed/index.js';
import { type AppOptions, serve } from './http.js';
import { apiDependencies } from './server.js';

export async function seedIfEmpty(config: Config, store: GraphStore, logger: Logger): Promise<void> {
  if (!config.seed.onStart || !(await isStoreEmpty(store))) return;
  const files = await seedFiles([config.seed.dir]);
  logger.info({ dir: config.seed.dir, files: files.length }, 'store is empty: seeding');
  const started = performance.now();
  const report = await seedCorpus(store, files, {
    onProgress: (progress) => logger.debug({ progress }, 'seeding'),
  });
  logger.info(
    { ms: Math.round(performance.now() - started), path: report.path, links: report.links },
    'seeded',
  );
}

export async function start(config: Config, logger: Logger, options: AppOptions = {}) {
  const store = await openGraphStore(config);
  try {
    await seedIfEmpty(config, store, logger);
    const server = await serve(apiDependencies({ config, store, logger }), options);
    logger.info({ url: server.url, engine: store.engine }, `policy-cascade listening on ${server.url}`);
    const stop = async () => {
      await server.close();
      await store.close();
    };
    return { ...server, store, stop };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

/** Runs `main` as the process: typed errors print their message, anything else its stack. */
export function runProcess(logger: Logger, main: () => Promise<{ stop: () => Promise<void> }>): void {
  main()
    .then(({ stop }) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          logger.info({ signal }, 'shutting down');
          stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        });
      }
    })
    .catch((error: unknown) => {
      if (isPolicyCascadeError(error)) logger.fatal({ code: error.code }, error.message);
      else logger.fatal({ err: error }, 'start-up failed');
      process.exitCode = 1;
    });
}
