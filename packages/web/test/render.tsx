import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../src/apollo';
import { setUpI18n } from '../src/i18n';
import { theme } from '../src/theme';

interface Options {
  mocks?: MockLink.MockedResponse[];
  language?: 'fr' | 'en';
  path?: string;
  /** The route pattern that renders the element, when it has parameters such as /in/:handle (default: the path). */
  route?: string;
  /** Other routes to render, to see where the component navigates. */
  routes?: Record<string, ReactNode>;
}

/** Renders a page with the app's providers, a mocked GraphQL network and an in-memory router. */
export function renderPage(
  element: ReactNode,
  { mocks = [], language = 'en', path = '/', route = path.split('?')[0], routes = {} }: Options = {},
) {
  window.localStorage.clear();
  const i18n = setUpI18n(language);
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MantineProvider theme={theme} env="test">
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={route} element={element} />
              {Object.entries(routes).map(([route, page]) => (
                <Route key={route} path={route} element={page} />
              ))}
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...utils, i18n };
}
