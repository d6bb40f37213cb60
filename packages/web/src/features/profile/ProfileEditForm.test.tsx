import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyProfile } from '../../../test/profile';
import { renderPage } from '../../../test/render';
import { UpdateProfileMutation } from './operations';
import { ProfileEditForm } from './ProfileEditForm';

const profile = emptyProfile;

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
      websites: ['', 'www.zoe-durand.fr', ''],
    };
    const onDone = jest.fn();
    const mocks = [
      {
        request: { query: UpdateProfileMutation, variables: { input } },
        result: {
          data: {
            updateProfile: {
              __typename: 'UpdateProfilePayload',
              member: {
                ...profile,
                headline: 'Infirmière',
                contactInfo: {
                  __typename: 'ContactInfo',
                  email: null,
                  phone: null,
                  websites: ['https://www.zoe-durand.fr'],
                },
              },
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<ProfileEditForm profile={profile} onDone={onDone} />, { mocks });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Infirmière');
    await user.type(screen.getByRole('textbox', { name: 'Website 2' }), 'www.zoe-durand.fr');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('refuses a website that is not an http(s) address, in French too', async () => {
    const onDone = jest.fn();
    renderPage(<ProfileEditForm profile={profile} onDone={onDone} />, { language: 'fr' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Site web 1' }), 'javascript:alert(1)');
    await user.type(screen.getByRole('textbox', { name: 'Site web 3' }), 'https://zoe.fr');
    await user.type(screen.getByRole('textbox', { name: 'Site web 2' }), 'zoe.fr');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText(
        'Saisissez une adresse web commençant par http:// ou https://, par exemple https://www.exemple.fr.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Cet élément figure déjà dans la liste.')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
