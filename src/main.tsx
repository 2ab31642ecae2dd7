import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { languageTag } from './lib/i18n';
import { prerenderedPage } from './prerender/prerendered-page';
import { registerWhenIdle } from './pwa/when-idle';
import './app/app.css';

document.documentElement.lang = languageTag;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// A prerendered article page in the reader's language is taken over as it stands (src/prerender/); any other page is rendered here.
void prerenderedPage(queryClient, root).then((handover) => {
  const app = (
    <StrictMode>
      <App queryClient={queryClient} handover={handover?.beside} />
    </StrictMode>
  );
  if (handover?.hydrate) hydrateRoot(root, app);
  else createRoot(root).render(app);
  registerWhenIdle();
});
