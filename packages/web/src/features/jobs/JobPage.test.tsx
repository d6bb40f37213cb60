import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { JOB_ID, jobDetails } from './fixtures';
import JobPage from './JobPage';
import { CloseJobPostingMutation, DuplicateJobPostingMutation, JobPostingQuery } from './operations';

const jobMock = (overrides = {}) => ({
  request: { query: JobPostingQuery, variables: { id: JOB_ID } },
  result: { data: { jobPosting: jobDetails(overrides) } },
});

const render = (mocks: MockLink.MockedResponse[], language: 'fr' | 'en' = 'fr') =>
  renderPage(<JobPage />, {
    mocks,
    language,
    path: `/jobs/${JOB_ID}`,
    route: '/jobs/:id',
    routes: { '/jobs/:id/edit': <p>Formulaire</p> },
  });

describe('JobPage', () => {
  it('shows the posting to anyone: company, facts, salary for the locale, description, skills and sharing', async () => {
    render([jobMock()]);
    expect(await screen.findByRole('heading', { name: 'Développeuse React' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Atelier Lumière' })).toHaveAttribute('href', '/company/atelier-lumiere');
    const facts = screen.getByTestId('job-facts');
    expect(facts).toHaveTextContent('Lyon, Auvergne-Rhône-Alpes, FR');
    expect(facts).toHaveTextContent('Hybride');
    expect(facts).toHaveTextContent('CDI');
    expect(facts).toHaveTextContent(/45\s000\s€ – 55\s000\s€ par an/);
    expect(facts).toHaveTextContent('Confirmé');
    expect(facts).toHaveTextContent('Ingénierie');
    expect(facts).toHaveTextContent('4 janvier 2027');
    expect(screen.getByText(/Publiée il y a 3 jours/)).toBeInTheDocument();
    expect(within(screen.getByTestId('job-description')).getByText('bienveillante').tagName).toBe('STRONG');
    expect(screen.getByText('TypeScript')).toBeInTheDocument();
    expect(screen.getByTestId('share-text')).toHaveTextContent('Offre d’emploi : Développeuse React');
    expect(screen.getByRole('link', { name: 'Partager sur X' })).toHaveAttribute(
      'href',
      expect.stringContaining('https://x.com/intent/tweet?text=Offre%20d%E2%80%99emploi'),
    );
    expect(screen.getByTestId('job-actions')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: /Modifier/ })).not.toBeInTheDocument();
  });

  it('links to the company’s site to apply, and says a closed posting takes no applications', async () => {
    const { unmount } = render([jobMock({ applyUrl: 'https://atelier.fr/jobs/42' })], 'en');
    const apply = await screen.findByRole('link', { name: 'Apply on the company’s site' });
    expect(apply).toHaveAttribute('href', 'https://atelier.fr/jobs/42');
    expect(apply).toHaveAttribute('target', '_blank');
    expect(screen.getByTestId('job-facts')).toHaveTextContent(/€45,000 – €55,000 per year/);
    unmount();

    render([jobMock({ state: 'CLOSED', applyUrl: 'https://atelier.fr/jobs/42' })]);
    expect(await screen.findByText('Cette offre n’accepte plus de candidatures.')).toBeInTheDocument();
    expect(screen.getByText('Fermée')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Postuler sur le site de l’entreprise' })).not.toBeInTheDocument();
  });

  it('gives the company’s recruiters Edit, Close and Duplicate, and opens the copy to edit', async () => {
    const close = jest.fn(() => ({
      data: {
        closeJobPosting: {
          __typename: 'ClosePayload',
          jobPosting: { __typename: 'JobPosting', id: JOB_ID, state: 'CLOSED' },
          userErrors: [],
        },
      },
    }));
    const copy = 'Sm9iUG9zdGluZzo0Mw';
    const mocks = [
      jobMock({ viewerCanManage: true }),
      { request: { query: CloseJobPostingMutation, variables: { input: { id: JOB_ID } } }, result: close },
      {
        request: { query: DuplicateJobPostingMutation, variables: { input: { id: JOB_ID } } },
        result: {
          data: {
            duplicateJobPosting: {
              __typename: 'DuplicatePayload',
              jobPosting: { __typename: 'JobPosting', id: copy },
              userErrors: [],
            },
          },
        },
      },
    ];
    render(mocks, 'en');
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('link', { name: 'Edit – Développeuse React' })).toHaveAttribute(
      'href',
      `/jobs/${JOB_ID}/edit`,
    );
    expect(screen.getByRole('link', { name: '3 applicants' })).toHaveAttribute('href', `/jobs/${JOB_ID}/applicants`);
    expect(screen.queryByRole('button', { name: 'Reopen – Développeuse React' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close – Développeuse React' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(await screen.findByText('Closed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen – Développeuse React' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Duplicate – Développeuse React' }));
    expect(await screen.findByText('Formulaire')).toBeInTheDocument();
  });

  it('shows the not-found page for a posting that does not exist or is a hidden draft', async () => {
    render([
      { request: { query: JobPostingQuery, variables: { id: JOB_ID } }, result: { data: { jobPosting: null } } },
    ]);
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Développeuse');
  });
});
