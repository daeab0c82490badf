// Monaco's web workers for the GraphiQL sandbox. This mirrors graphiql/setup-workers/vite, but
// lives in the app's own source: Vite turns `?worker` imports into bundled workers only in files
// it transforms itself, and the dev server's dependency pre-bundling cannot load them from a package.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
};
