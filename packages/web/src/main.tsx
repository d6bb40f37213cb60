import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { App } from './App';
import { setUpI18n } from './i18n';
import { Providers } from './Providers';

const i18n = setUpI18n();
const client = createApolloClient(() => i18n.resolvedLanguage ?? 'fr');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client} i18n={i18n}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
