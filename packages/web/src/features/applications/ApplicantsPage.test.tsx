import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPage } from '../../../test/render';
import ApplicantsPage from './ApplicantsPage';
import { ApplicantsQuery, MoveApplicationMutation } from './operations';

const POSTING_ID = 'Sm9iUG9zdGluZzox';
const STAGES = ['NEW', 'REVIEWED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN'];

function applicant(stage: string) {
  return {
    __typename: 'JobApplication',
    id: 'Sm9iQXBwbGljYXRpb246MQ',
    stage,
    appliedAt: '2026-03-02T10:00:00.000Z',
    coverLetter: 'Bonjour,\nJe suis motivé.',
    cvUrl: '/media/applications/Sm9iQXBwbGljYXRpb246MQ/cv',
    cvFileName: 'cv-karim.pdf',
    contactEmail: 'karim@example.fr',
    contactPhone: null,
    rejectionMessage: null,
    applicant: { __typename: 'Member', id: 'TWVtYmVyOjI', handle: 'karim-diallo', displayName: 'Karim Diallo' },
    snapshot: {
      __typename: 'ApplicationSnapshot',
      displayName: 'Karim Diallo',
      headline: 'Soudeur TIG',
      location: null,
      currentPosition: null,
      experiences: [],
      education: [],
      skills: ['Soudure TIG'],
      languages: [],
    },
    answers: [
      {
        __typename: 'ApplicationAnswer',
        question: {
          __typename: 'ScreeningQuestion',
          id: 'U2NyZWVuaW5nUXVlc3Rpb246MQ',
          kind: 'YES_NO',
          prompt: 'Permis B ?',
        },
        yesNo: true,
        text: null,
        number: null,
      },
    ],
    history: [{ __typename: 'ApplicationHistoryEntry', stage: 'NEW', at: '2026-03-02T10:00:00.000Z' }],
    notes: [],
    connectionPath: {
      __typename: 'ConnectionPath',
      members: [{ __typename: 'Member', id: 'TWVtYmVyOjM', handle: 'lea-roux', displayName: 'Léa Roux' }],
    },
  };
}

function page(stage: string, counts: Record<string, number>) {
  return {
    jobPosting: {
      __typename: 'JobPosting',
      id: POSTING_ID,
      title: 'Soudeur',
      company: { __typename: 'Company', id: 'Q29tcGFueTox', name: 'Chantiers de l’Atlantique' },
      applicants: {
        __typename: 'JobApplicationConnection',
        totalCount: 1,
        stageCounts: STAGES.map((s) => ({ __typename: 'StageCount', stage: s, count: counts[s] ?? 0 })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'JobApplicationEdge', node: applicant(stage) }],
      },
    },
  };
}

const route = { path: `/jobs/${POSTING_ID}/applicants`, route: '/jobs/:id/applicants' };

describe('ApplicantsPage', () => {
  it('shows the pipeline’s tabs with counts and each applicant’s answers, CV and path; moves an applicant', async () => {
    const variables = { id: POSTING_ID, stages: null };
    const moved = applicant('SHORTLISTED');
    renderPage(<ApplicantsPage />, {
      ...route,
      mocks: [
        { request: { query: ApplicantsQuery, variables }, result: { data: page('NEW', { NEW: 1 }) } },
        {
          request: {
            query: MoveApplicationMutation,
            variables: { input: { id: moved.id, stage: 'SHORTLISTED' } },
          },
          result: {
            data: { moveApplication: { __typename: 'MoveApplicationPayload', application: moved, userErrors: [] } },
          },
        },
        { request: { query: ApplicantsQuery, variables }, result: { data: page('SHORTLISTED', { SHORTLISTED: 1 }) } },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Karim Diallo' });
    expect(screen.getByRole('tab', { name: /New\s*1/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /All\s*1/ })).toHaveAttribute('aria-selected', 'true');
    expect(within(card).getByText('Permis B ?')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /Download the CV \(cv-karim.pdf\)/ })).toHaveAttribute(
      'href',
      '/media/applications/Sm9iQXBwbGljYXRpb246MQ/cv',
    );
    expect(within(card).getByRole('link', { name: /Léa Roux/ })).toHaveAttribute('href', '/in/lea-roux');

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Move to' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Shortlisted' }));
    expect(await screen.findByRole('tab', { name: /Shortlisted\s*1/ })).toBeInTheDocument();
  });

  it('explains that applicants are for the company’s recruiters', async () => {
    renderPage(<ApplicantsPage />, {
      ...route,
      mocks: [
        {
          request: { query: ApplicantsQuery, variables: { id: POSTING_ID, stages: null } },
          result: { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    expect(await screen.findByText(/Only the admins and recruiters of the company/)).toBeInTheDocument();
  });
});
