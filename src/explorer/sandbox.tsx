// Offline GraphiQL for GET /graphql in a browser: everything (editor, Monaco workers, styles) is
// bundled by Vite, nothing is fetched from a CDN. Queries go to the same origin's /graphql.
import './sandboxWorkers';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { createSandboxFetcher, SANDBOX_DEFAULT_QUERY } from './api/sandboxFetcher';

const container = document.getElementById('sandbox');
if (!container) throw new Error('#sandbox element missing from sandbox.html');
createRoot(container).render(
  <GraphiQL
    fetcher={createSandboxFetcher(new URL('/graphql', window.location.href).href)}
    defaultQuery={SANDBOX_DEFAULT_QUERY}
  />,
);
