import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import JobAlertsPage from './JobAlertsPage';
import { DeleteJobAlertMutation, JobAlertsQuery, UnseenJobAlertMatchCountQuery } from './operations';

const alert = {
  __typename: 'JobAlert' as const,
  id: 'Sm9iQWxlcnQ6MQ',
  name: 'Rust à Nantes',
  query: 'rust',
  frequency: 'DAILY',
  unseenMatchCount: 1,
  createdAt: '2026-11-20T10:00:00.000Z',
};
const match = {
  __typename: 'JobAlertMatch' as const,
  id: 'Sm9iQWxlcnRNYXRjaDox',
  matchedAt: '2026-11-22T08:30:00.000Z',
  seen: false,
  alert: { __typename: 'JobAlert' as const, id: alert.id, name: alert.name },
  jobPosting: {
    __typename: 'JobPosting' as const,
    id: 'Sm9iUG9zdGluZzox',
    title: 'Développeur Rust',
    state: 'OPEN',
    location: { __typename: 'Place' as const, city: 'Nantes', region: null, country: 'FR' },
    workplaceType: 'ON_SITE',
    contractType: 'CDI',
    salary: null,
    publishedAt: '2026-11-22T08:00:00.000Z',
    viewerHasSaved: false,
    company: { __typename: 'Company' as const, id: 'Q29tcGFueTox', name: 'Mirakl' },
  },
};
const alerts = (list: (typeof alert)[], matches: (typeof match)[]) => ({
  request: { query: JobAlertsQuery },
  result: {
    data: {
      unseenJobAlertMatchCount: matches.filter((m) => !m.seen).length,
      jobAlerts: { __typename: 'JobAlertConnection', nodes: list },
      jobAlertMatches: { __typename: 'JobAlertMatchConnection', nodes: matches },
    },
  },
});

describe('JobAlertsPage', () => {
  it('lists alerts with their unseen matches and deletes one', async () => {
    const mocks = [
      alerts([alert], [match]),
      {
        request: { query: DeleteJobAlertMutation, variables: { input: { id: alert.id } } },
        result: {
          data: { deleteJobAlert: { __typename: 'DeleteJobAlertPayload', deletedId: alert.id, userErrors: [] } },
        },
      },
      alerts([], []),
      { request: { query: UnseenJobAlertMatchCountQuery }, result: { data: { unseenJobAlertMatchCount: 0 } } },
    ];
    renderPage(<JobAlertsPage />, { mocks, path: '/jobs/alerts', language: 'fr' });
    expect(await screen.findByText('Rust à Nantes')).toBeInTheDocument();
    expect(screen.getAllByText('1 nouvelle').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Développeur Rust' })).toBeInTheDocument();
    expect(screen.getByText('Nouveau')).toBeInTheDocument();
    expect(screen.getAllByLabelText('Fréquence de l’alerte Rust à Nantes')[0]).toHaveValue('Une fois par jour');

    await userEvent.click(screen.getByRole('button', { name: 'Supprimer l’alerte Rust à Nantes' }));
    expect(await screen.findByText(/Aucune alerte/)).toBeInTheDocument();
  });
});
