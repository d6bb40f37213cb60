import { useQuery } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { ViewerQuery } from '../auth/operations';
import { ApplyAction } from './ApplyAction';
import { ApplicantViewerQuery, ApplyActionQuery, ApplyToJobMutation } from './operations';

const POSTING_ID = 'Sm9iUG9zdGluZzox';
const QUESTION_ID = 'U2NyZWVuaW5nUXVlc3Rpb246MQ';
const VIEWER = {
  __typename: 'Member' as const,
  id: 'TWVtYmVyOjE',
  handle: 'ines-benali',
  firstName: 'Inès',
  lastName: 'Benali',
  displayName: 'Inès Benali',
};

function posting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'JobPosting',
    id: POSTING_ID,
    title: 'Développeuse web',
    state: 'OPEN',
    applyUrl: null,
    acceptsApplications: true,
    screeningQuestions: [
      { __typename: 'ScreeningQuestion', id: QUESTION_ID, kind: 'YES_NO', prompt: 'Permis B ?', required: true },
    ],
    viewerApplication: null,
    ...overrides,
  };
}

const postingMock = (overrides: Record<string, unknown> = {}) => ({
  request: { query: ApplyActionQuery, variables: { id: POSTING_ID } },
  result: { data: { jobPosting: posting(overrides) } },
});
const viewerMock = (viewer: typeof VIEWER | null) => ({
  request: { query: ViewerQuery },
  result: { data: { viewer } },
  maxUsageCount: 5,
});

/** Shows "loaded" once the posting is in the cache, so that a test can tell "nothing shown" from "not yet". */
function LoadedProbe() {
  const { data } = useQuery(ApplyActionQuery, { variables: { id: POSTING_ID } });
  return data ? <span>loaded</span> : null;
}

describe('ApplyAction', () => {
  it('tells when and how the viewer applied, linking to their applications', async () => {
    const applied = {
      __typename: 'JobApplication',
      id: 'Sm9iQXBwbGljYXRpb246MQ',
      status: 'VIEWED',
      appliedAt: '2026-03-02T10:00:00.000Z',
    };
    renderPage(<ApplyAction posting={{ id: POSTING_ID }} />, {
      mocks: [viewerMock(VIEWER), postingMock({ viewerApplication: applied })],
      language: 'fr',
    });
    const link = await screen.findByRole('link', { name: 'Candidature envoyée le 2 mars 2026 · Consultée' });
    expect(link).toHaveAttribute('href', '/applications');
  });

  it('shows a disabled button with the reason on a closed job, and nothing for a job applied to elsewhere', async () => {
    const closed = renderPage(<ApplyAction posting={{ id: POSTING_ID }} />, {
      mocks: [viewerMock(VIEWER), postingMock({ state: 'CLOSED', acceptsApplications: false })],
    });
    expect(await screen.findByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(screen.getByText('This job no longer takes applications.')).toBeInTheDocument();
    closed.unmount();

    renderPage(
      <>
        <LoadedProbe />
        <ApplyAction posting={{ id: POSTING_ID }} />
      </>,
      {
        mocks: [viewerMock(VIEWER), postingMock({ applyUrl: 'https://jobs.example.fr/1', acceptsApplications: false })],
      },
    );
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('asks a visitor to sign in first', async () => {
    renderPage(<ApplyAction posting={{ id: POSTING_ID }} />, { mocks: [viewerMock(null), postingMock()] });
    const link = await screen.findByRole('link', { name: 'Sign in to apply' });
    expect(link).toHaveAttribute('href', `/signin?next=${encodeURIComponent(`/jobs/${POSTING_ID}`)}`);
  });

  it('sends the profile CV, the answers and the contact, and shows the server’s errors next to their field', async () => {
    const input = {
      jobPostingId: POSTING_ID,
      coverLetter: null,
      cv: { useProfileCv: true },
      answers: [{ questionId: QUESTION_ID, yesNo: true }],
      contactEmail: 'ines@example.fr',
      contactPhone: null,
    };
    const refused = {
      request: { query: ApplyToJobMutation, variables: { input } },
      result: {
        data: {
          applyToJob: {
            __typename: 'ApplyToJobPayload',
            application: null,
            userErrors: [
              {
                __typename: 'UserError',
                field: `answers.${QUESTION_ID}`,
                code: 'ANSWER_KIND_MISMATCH',
                message: 'Answer this question as asked: yes or no, a short text or a number.',
              },
            ],
          },
        },
      },
    };
    const applicantViewer = {
      request: { query: ApplicantViewerQuery },
      result: {
        data: {
          viewer: {
            __typename: 'Member',
            id: VIEWER.id,
            cvDocument: { __typename: 'CvDocument', fileName: 'cv-ines.pdf' },
            contactInfo: { __typename: 'ContactInfo', email: 'ines@example.fr', phone: null },
          },
        },
      },
    };
    renderPage(<ApplyAction posting={{ id: POSTING_ID }} />, {
      mocks: [viewerMock(VIEWER), postingMock(), applicantViewer, refused],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply: Développeuse web' });
    expect(await within(dialog).findByLabelText('The CV of my profile (cv-ines.pdf)')).toBeChecked();
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/Email for this application/)).toHaveValue('ines@example.fr'),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Send my application' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Yes'));
    await user.click(within(dialog).getByRole('button', { name: 'Send my application' }));
    expect(
      await within(dialog).findByText('Answer this question as asked: yes or no, a short text or a number.'),
    ).toBeInTheDocument();
  });
});
