import { screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { renderPage } from '../../../test/render';
import { ViewerQuery } from '../auth/operations';
import { RequireAuth } from './RequireAuth';

function Where() {
  const location = useLocation();
  return <p>at {`${location.pathname}${location.search}`}</p>;
}

describe('RequireAuth', () => {
  it('sends an anonymous visitor to sign-in, remembering the page wanted', async () => {
    const mocks = [{ request: { query: ViewerQuery }, result: { data: { viewer: null } } }];
    renderPage(<RequireAuth />, { path: '/settings/tokens', mocks, routes: { '/signin': <Where /> } });
    expect(await screen.findByText('at /signin?next=%2Fsettings%2Ftokens')).toBeInTheDocument();
  });
});
