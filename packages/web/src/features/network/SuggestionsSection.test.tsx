import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { DismissSuggestionMutation, SuggestionsQuery } from './operations';
import { SuggestionsSection } from './SuggestionsSection';

const VIEWER_ID = 'TWVtYmVyOjE';
const member = (id: string, displayName: string) => ({
  __typename: 'Member' as const,
  id,
  handle: displayName.toLowerCase().replace(' ', '-'),
  displayName,
  headline: null,
});
const reason = (kind: string, count: number | null, name: string | null) => ({
  __typename: 'SuggestionReason' as const,
  kind,
  count,
  name,
});
const ANA = {
  __typename: 'SuggestedConnection' as const,
  member: member('TWVtYmVyOjI', 'Ana Lopez'),
  mutualConnectionCount: 14,
  reasons: [reason('MUTUAL_CONNECTIONS', 14, null), reason('WORKS_AT', null, 'Renault')],
};
const LEO = {
  __typename: 'SuggestedConnection' as const,
  member: member('TWVtYmVyOjM', 'Léo Roux'),
  mutualConnectionCount: 1,
  reasons: [
    reason('MUTUAL_CONNECTIONS', 1, null),
    reason('STUDIED_AT', null, 'INSA Lyon'),
    reason('WORKED_AT', null, 'Airbus'),
  ],
};
const suggestions = (list: (typeof ANA)[]) => ({
  request: { query: SuggestionsQuery },
  result: { data: { viewer: { __typename: 'Member', id: VIEWER_ID, suggestedConnections: list } } },
});

describe('SuggestionsSection', () => {
  it('explains each suggestion and forgets a dismissed one', async () => {
    const mocks = [
      suggestions([ANA, LEO]),
      {
        request: { query: DismissSuggestionMutation, variables: { memberId: ANA.member.id } },
        result: {
          data: {
            dismissSuggestion: {
              __typename: 'DismissSuggestionPayload',
              member: { __typename: 'Member', id: ANA.member.id },
              userErrors: [],
            },
          },
        },
      },
      suggestions([LEO]),
    ];
    renderPage(<SuggestionsSection run={async (mutate) => void (await mutate())} />, { mocks });
    const section = await screen.findByRole('region', { name: 'People you may know' });
    expect(within(section).getByText('14 mutual connections · Works at Renault')).toBeInTheDocument();
    expect(
      within(section).getByText('1 mutual connection · Studied at INSA Lyon · Worked at Airbus'),
    ).toBeInTheDocument();

    await userEvent.setup().click(within(section).getByRole('button', { name: 'Do not suggest Ana Lopez again' }));
    await waitFor(() => expect(within(section).queryByText('Ana Lopez')).not.toBeInTheDocument());
    expect(
      within(section).getByText('1 mutual connection · Studied at INSA Lyon · Worked at Airbus'),
    ).toBeInTheDocument();
  });

  it('speaks French, plurals included, and opens the invitation form', async () => {
    renderPage(<SuggestionsSection run={async () => undefined} />, {
      mocks: [suggestions([ANA, LEO])],
      language: 'fr',
    });
    const section = await screen.findByRole('region', { name: 'Vous connaissez peut-être' });
    expect(within(section).getByText('14 relations en commun · Travaille chez Renault')).toBeInTheDocument();
    expect(
      within(section).getByText('1 relation en commun · A étudié à INSA Lyon · A travaillé chez Airbus'),
    ).toBeInTheDocument();
    await userEvent
      .setup()
      .click(within(section).getByRole('button', { name: 'Inviter Léo Roux à entrer en relation' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('Léo Roux');
  });
});
