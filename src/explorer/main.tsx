// Entry of the explorer: one urql client for the same-origin GraphQL API, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { App } from './components/App';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');
createRoot(container).render(
  <StrictMode>
    <Provider value={createApiClient(new URL('/graphql', window.location.href).href)}>
      <App />
    </Provider>
  </StrictMode>,
);
