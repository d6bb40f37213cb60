import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPage } from '../../../test/render';
import CandidatesPage from './CandidatesPage';
import { CandidatesQuery } from './operations';

const ANY = { query: null, filters: { contractTypes: [], workplaceTypes: [], location: null } };

function result(nodes: { id: string; handle: string; displayName: string; titles: string[] }[]) {
  return {
    data: {
      openToWorkCandidates: {
        __typename: 'OpenToWorkCandidateConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map(({ titles, ...person }) => ({
          __typename: 'OpenToWorkCandidateEdge',
          node: {
            __typename: 'Member',
            ...person,
            headline: null,
            currentPosition: null,
            viewerState: null,
            location: null,
            openToWork: {
              __typename: 'OpenToWork',
              jobTitles: titles,
              locations: ['Nantes'],
              contractTypes: ['CDI'],
              workplaceTypes: [],
              availableFrom: null,
            },
          },
        })),
      },
    },
  };
}

describe('CandidatesPage', () => {
  it('searches with the chosen words and place, showing what each candidate looks for', async () => {
    const leo = { id: 'TWVtYmVyOjQ', handle: 'leo-martin', displayName: 'Léo Martin', titles: ['Soudeur TIG'] };
    renderPage(<CandidatesPage />, {
      mocks: [
        { request: { query: CandidatesQuery, variables: ANY }, result: result([]) },
        {
          request: {
            query: CandidatesQuery,
            variables: { query: 'soudeur', filters: { ...ANY.filters, location: 'Nantes' } },
          },
          result: result([leo]),
        },
      ],
    });
    expect(await screen.findByText('0 candidates')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Job title, skill or keyword'), 'soudeur');
    await user.type(screen.getByLabelText('Place'), 'Nantes');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('link', { name: 'Léo Martin' })).toHaveAttribute('href', '/in/leo-martin');
    expect(screen.getByText(/Looking for: Soudeur TIG/)).toBeInTheDocument();
  });

  it('explains who may search when the viewer does not recruit', async () => {
    renderPage(<CandidatesPage />, {
      mocks: [
        {
          request: { query: CandidatesQuery, variables: ANY },
          result: { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    expect(await screen.findByText(/This search is for members who recruit/)).toBeInTheDocument();
  });
});
