import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { AccessTokensQuery, CreateAccessTokenMutation, RevokeAccessTokenMutation } from './operations';
import TokensPage from './TokensPage';

const SECRET = 'crn_pat_Q2FybmV0IHNlY3JldCBmb3IgdGVzdGluZyBvbmx5IDEyMzQ1Njc';

function tokensResult(names: string[]) {
  return {
    data: {
      account: {
        __typename: 'Account',
        accessTokens: {
          __typename: 'AccessTokenConnection',
          totalCount: names.length,
          edges: names.map((name, i) => ({
            __typename: 'AccessTokenEdge',
            cursor: `c${i}`,
            node: {
              __typename: 'AccessToken',
              id: `QWNjZXNzVG9rZW46${i}`,
              name,
              scopes: ['READ_PROFILE', 'READ_JOBS'],
              prefix: 'crn_pat_Q2Fy',
              createdAt: '2026-11-20T10:00:00.000Z',
              lastUsedAt: null,
              expiresAt: '2027-02-18T10:00:00.000Z',
            },
          })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: false,
            endCursor: names.length ? `c${names.length - 1}` : null,
          },
        },
      },
    },
  };
}

describe('TokensPage', () => {
  it('creates a token, shows its secret once, and lists it without the secret', async () => {
    const input = { name: 'Export script', scopes: ['READ_PROFILE', 'READ_JOBS'], expiresInDays: 90 };
    const mocks = [
      { request: { query: AccessTokensQuery, variables: {} }, result: tokensResult([]) },
      {
        request: { query: CreateAccessTokenMutation, variables: { input } },
        result: {
          data: {
            createAccessToken: {
              __typename: 'CreateAccessTokenPayload',
              token: SECRET,
              accessToken: { __typename: 'AccessToken', id: 'QWNjZXNzVG9rZW46MA' },
              userErrors: [],
            },
          },
        },
      },
      { request: { query: AccessTokensQuery, variables: {} }, result: tokensResult(['Export script']) },
    ];
    renderPage(<TokensPage />, { mocks });
    expect(await screen.findByText('No tokens yet.')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /token name/i }), 'Export script');
    await user.click(screen.getByRole('checkbox', { name: /read:jobs/ }));
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByTestId('new-token')).toHaveValue(SECRET);
    expect(screen.getByText('Copy it now: it will never be shown again.')).toBeInTheDocument();
    const row = await screen.findByTestId('token-row');
    expect(within(row).getByText('Export script')).toBeInTheDocument();
    expect(within(row).getByText('read:profile')).toBeInTheDocument();
    expect(within(row).getByText('read:jobs')).toBeInTheDocument();
    expect(row).not.toHaveTextContent(SECRET);
  });

  it('revokes a token only after confirmation', async () => {
    const mocks = [
      { request: { query: AccessTokensQuery, variables: {} }, result: tokensResult(['Old script']) },
      {
        request: { query: RevokeAccessTokenMutation, variables: { input: { id: 'QWNjZXNzVG9rZW460' } } },
        result: {
          data: {
            revokeAccessToken: { __typename: 'RevokeAccessTokenPayload', revokedAccessTokenId: 'QWNjZXNzVG9rZW460' },
          },
        },
      },
      { request: { query: AccessTokensQuery, variables: {} }, result: tokensResult([]) },
    ];
    renderPage(<TokensPage />, { mocks });
    const user = userEvent.setup();
    const row = await screen.findByTestId('token-row');
    await user.click(within(row).getByRole('button', { name: 'Revoke' }));

    const dialog = await screen.findByRole('dialog', { name: 'Revoke this token?' });
    expect(dialog).toHaveTextContent('Programs that use "Old script" will lose access to Carnet.');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('No tokens yet.')).toBeInTheDocument();
  });
});
