import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { SaveJobMutation } from './operations';
import { SaveJobButton } from './SaveJobButton';

const ID = 'Sm9iUG9zdGluZzox';

describe('SaveJobButton', () => {
  it('saves a job and says so', async () => {
    let saved = false;
    const mocks = [
      {
        request: { query: SaveJobMutation, variables: { input: { jobPostingId: ID } } },
        result: () => {
          saved = true;
          return {
            data: {
              saveJob: {
                __typename: 'SaveJobPayload',
                jobPosting: { __typename: 'JobPosting', id: ID, viewerHasSaved: true },
                userErrors: [],
              },
            },
          };
        },
      },
    ];
    renderPage(<SaveJobButton jobPostingId={ID} saved={false} />, { mocks, language: 'fr' });
    const button = screen.getByRole('button', { name: 'Enregistrer l’offre' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    await waitFor(() => expect(saved).toBe(true));
  });

  it('offers to unsave a saved job', () => {
    renderPage(<SaveJobButton jobPostingId={ID} saved />, { language: 'en' });
    expect(screen.getByRole('button', { name: 'Remove from saved jobs' })).toHaveAttribute('aria-pressed', 'true');
  });
});
