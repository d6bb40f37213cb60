import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { UpdateProfileMutation } from './operations';
import { ProfileEditForm } from './ProfileEditForm';

const profile = {
  id: 'TWVtYmVyOjE',
  handle: 'zoe-durand',
  displayName: 'Zoé Durand',
  firstName: 'Zoé',
  lastName: 'Durand',
  headline: null,
  industry: null,
  about: null,
  location: null,
  contactInfo: null,
  experiences: { __typename: 'ExperienceConnection' as const, nodes: [] },
  education: { __typename: 'EducationConnection' as const, nodes: [] },
  skills: { __typename: 'SkillConnection' as const, nodes: [] },
};

describe('ProfileEditForm', () => {
  it('checks the contact email and phone with the shared rules before sending', async () => {
    renderPage(<ProfileEditForm profile={profile} onDone={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Contact email' }), 'not an email');
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a valid email address, such as name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('Enter a phone number with digits only, such as +33 6 12 34 56 78.')).toBeInTheDocument();
  });

  it('sends the profile and closes once saved', async () => {
    const input = {
      firstName: 'Zoé',
      lastName: 'Durand',
      headline: 'Infirmière',
      industry: '',
      city: '',
      region: '',
      country: '',
      about: '',
      contactEmail: '',
      phone: '',
    };
    const onDone = jest.fn();
    const mocks = [
      {
        request: { query: UpdateProfileMutation, variables: { input } },
        result: {
          data: {
            updateProfile: {
              __typename: 'UpdateProfilePayload',
              member: { __typename: 'Member', ...profile, headline: 'Infirmière' },
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<ProfileEditForm profile={profile} onDone={onDone} />, { mocks });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Infirmière');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });
});
