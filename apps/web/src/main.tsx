import '@fontsource/source-sans-3/300.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadRoute } from './app/routes';
import { createQueryClient } from './shared/api/query-client';
import { startI18n } from './shared/i18n/i18n';

const queryClient = createQueryClient();
const firstPage = preloadRoute(queryClient, window.location);
// The first render waits for the first page's chunk (fetched in parallel with this one), so that
// the whole page renders in one pass instead of a fallback followed by a sliced re-render.
void Promise.all([startI18n(), firstPage]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
