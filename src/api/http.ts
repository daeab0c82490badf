// The one thin file that speaks HTTP: express 5 serving /graphql (POST operations; GET from a
// browser gets the offline GraphiQL sandbox), the explorer's built files at /, and the health
// probes. `createApp` is what tests and the explorer's browser tests start on a random port.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { namedQuery } from '../graph/queries.js';
import { MAX_DOCUMENT_BYTES } from './services/ingest.service.js';
import { type ApiDependencies, createApiServer, requestContext } from './server.js';

/** Base64 grows a document by a third; leave room for the rest of the operation. */
export const MAX_BODY_BYTES = Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 256 * 1024;

export interface AppOptions {
  /** Built explorer (index.html, sandbox.html, assets); default dist/explorer under the working directory. */
  explorerDir?: string;
  bodyLimitBytes?: number;
  /** Serves the explorer instead of explorerDir (npm run dev mounts Vite's dev middleware here). */
  frontend?: RequestHandler;
}

const requestIdOf = (req: Request): string => {
  const given = req.get('x-request-id');
  return given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
};

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

export async function createApp(deps: ApiDependencies, options: AppOptions = {}) {
  const explorerDir = path.resolve(options.explorerDir ?? path.join('dist', 'explorer'));
  const apollo = await createApiServer(deps);
  const app = express();
  app.disable('x-powered-by');

  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await deps.store.read(namedQuery('read/ping'));
      res.json({ status: 'ready', engine: deps.store.engine });
    } catch (error) {
      deps.logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', engine: deps.store.engine });
    }
  });

  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (options.frontend) {
      req.url = '/sandbox.html';
      return options.frontend(req, res, next);
    }
    const sandbox = path.join(explorerDir, 'sandbox.html');
    if (!existsSync(sandbox)) {
      res
        .status(404)
        .type('text/plain')
        .send('The query sandbox is not built: run `npm run build:explorer`.');
      return;
    }
    res.sendFile(sandbox);
  });

  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimitBytes ?? MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        requestContext(deps, {
          authorization: req.get('authorization'),
          requestId: String(res.locals.requestId),
        }),
    }),
  );

  if (options.frontend) app.use(options.frontend);
  app.use(express.static(explorerDir, { index: 'index.html', fallthrough: true }));
  app.get('/{*path}', (req, res, next) => {
    const index = path.join(explorerDir, 'index.html');
    if (req.accepts('html') && existsSync(index)) return res.sendFile(index);
    next();
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) {
      res
        .status(413)
        .json(
          errorBody(
            `Request body exceeds ${options.bodyLimitBytes ?? MAX_BODY_BYTES} bytes`,
            'BAD_USER_INPUT',
          ),
        );
    } else if (status >= 400 && status < 500) {
      res
        .status(status)
        .json(errorBody(deps.config.production ? 'Bad request' : String(error.message), 'BAD_USER_INPUT'));
    } else {
      deps.logger.error({ err: error, requestId: res.locals.requestId }, 'http error');
      res.status(500).json(errorBody('Internal server error', 'INTERNAL'));
    }
  };
  app.use(onError);

  return { app, apollo };
}

/** Starts the app on config.http (port 0 picks a free port); resolves once it listens. */
export async function serve(
  deps: ApiDependencies,
  options: AppOptions & { port?: number; host?: string } = {},
) {
  const { app, apollo } = await createApp(deps, options);
  const port = options.port ?? deps.config.http.port;
  const host = options.host ?? deps.config.http.host;
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
