import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { JOB_ID, jobDetails } from './fixtures';
import JobFormPage from './JobFormPage';
import {
  CompanyToPostForQuery,
  CreateJobPostingMutation,
  JobPostingQuery,
  UpdateJobPostingMutation,
} from './operations';

const company = { __typename: 'Company', id: 'Q29tcGFueTo3', slug: 'atelier-lumiere', name: 'Atelier Lumière' };
const companyMock = (viewerRole: string | null) => ({
  request: { query: CompanyToPostForQuery, variables: { slug: 'atelier-lumiere' } },
  result: { data: { company: { ...company, viewerRole } } },
});
const userError = (field: string, code: string, message: string) => ({ __typename: 'UserError', field, code, message });

describe('JobFormPage', () => {
  it('writes a new CDD posting with its length, salary and a question, and shows the server’s errors by the fields', async () => {
    let sent: Record<string, any> | undefined;
    const mocks = [
      companyMock('RECRUITER'),
      {
        request: {
          query: CreateJobPostingMutation,
          variables: (variables: Record<string, any>) => {
            sent = variables.input;
            return true;
          },
        },
        result: {
          data: {
            createJobPosting: {
              __typename: 'CreateJobPostingPayload',
              jobPosting: null,
              userErrors: [
                userError('salary.min', 'SALARY_MIN_ABOVE_MAX', 'Le salaire minimum ne peut pas dépasser le maximum.'),
                userError('screeningQuestions.0.prompt', 'TOO_LONG', '200 caractères au maximum.'),
              ],
            },
          },
        },
      },
    ];
    renderPage(<JobFormPage />, {
      mocks,
      language: 'fr',
      path: '/jobs/new?company=atelier-lumiere',
      route: '/jobs/new',
    });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText('Pour Atelier Lumière')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Intitulé du poste/ }), 'Comptable');
    await user.type(screen.getByRole('textbox', { name: 'Ville' }), 'Bordeaux');
    expect(screen.queryByRole('textbox', { name: 'Durée (mois)' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Type de contrat' }));
    await user.click(await screen.findByRole('option', { name: 'CDD', hidden: true }));
    await user.type(await screen.findByRole('textbox', { name: 'Durée (mois)' }), '6');
    await user.type(screen.getByRole('textbox', { name: 'Minimum' }), '60000');
    await user.type(screen.getByRole('textbox', { name: 'Maximum' }), '50000');
    await user.click(screen.getByRole('button', { name: 'Ajouter une question' }));
    await user.type(screen.getByRole('textbox', { name: 'Question 1' }), 'Permis B ?');
    await user.click(screen.getByRole('button', { name: 'Publier' }));

    expect(await screen.findByText('Le salaire minimum ne peut pas dépasser le maximum.')).toBeInTheDocument();
    expect(screen.getByText('200 caractères au maximum.')).toBeInTheDocument();
    expect(sent).toMatchObject({
      companyId: company.id,
      publish: true,
      title: 'Comptable',
      location: { city: 'Bordeaux', region: null, country: 'FR' },
      contractType: 'CDD',
      contractMonths: 6,
      salary: { min: 60000, max: 50000, currency: 'EUR', period: 'YEAR' },
      applyUrl: null,
      screeningQuestions: [{ id: null, kind: 'YES_NO', prompt: 'Permis B ?', required: true }],
    });
    const days = (new Date(sent!.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });

  it('refuses members who do not recruit for the company', async () => {
    renderPage(<JobFormPage />, {
      mocks: [companyMock(null)],
      language: 'en',
      path: '/jobs/new?company=atelier-lumiere',
      route: '/jobs/new',
    });
    expect(
      await screen.findByText('Only the admins and recruiters of Atelier Lumière post its jobs.'),
    ).toBeInTheDocument();
  });

  it('edits a posting, keeping its questions’ ids and its expiry, then shows it', async () => {
    const job = jobDetails({ viewerCanManage: true });
    let sent: Record<string, any> | undefined;
    const mocks = [
      { request: { query: JobPostingQuery, variables: { id: JOB_ID } }, result: { data: { jobPosting: job } } },
      {
        request: {
          query: UpdateJobPostingMutation,
          variables: (variables: Record<string, any>) => {
            sent = variables.input;
            return true;
          },
        },
        result: {
          data: {
            updateJobPosting: {
              __typename: 'UpdateJobPostingPayload',
              jobPosting: { ...job, title: 'Développeuse React senior' },
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<JobFormPage />, {
      mocks,
      language: 'en',
      path: `/jobs/${JOB_ID}/edit`,
      route: '/jobs/:id/edit',
      routes: { '/jobs/:id': <p>Job page</p> },
    });
    const user = userEvent.setup({ delay: null });
    const title = await screen.findByRole('textbox', { name: /Job title/ });
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveTextContent(
      'Rejoignez une équipe bienveillante.',
    );
    await user.type(title, ' senior');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Job page')).toBeInTheDocument();
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({
      id: JOB_ID,
      title: 'Développeuse React senior',
      skills: ['React', 'TypeScript'],
      expiresAt: null,
      screeningQuestions: [{ id: 'U2NyZWVuaW5nUXVlc3Rpb246MQ', kind: 'YES_NO', prompt: 'Permis B ?', required: true }],
    });
  });
});
