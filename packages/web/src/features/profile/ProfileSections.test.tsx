import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { CertificationsSection } from './CertificationsSection';
import { LanguagesSection } from './LanguagesSection';
import { LinksSection } from './LinksSection';
import { SaveCertificationMutation, SetLanguagesMutation, SetLinksMutation } from './operations';

/** What setLanguages and setLinks answer: the member with the three lists. */
function memberWith(lists: { languages?: unknown[]; links?: unknown[] }) {
  return {
    __typename: 'Member',
    id: 'TWVtYmVyOjE',
    languages: { __typename: 'LanguageConnection', nodes: lists.languages ?? [] },
    certifications: { __typename: 'CertificationConnection', nodes: [] },
    links: { __typename: 'ExternalLinkConnection', nodes: lists.links ?? [] },
  };
}

async function choose(user: ReturnType<typeof userEvent.setup>, field: string, option: string, typed?: string) {
  const input = screen.getByRole('combobox', { name: field });
  await user.click(input);
  if (typed) await user.paste(typed);
  // Mantine keeps the dropdown in a transition jsdom never finishes: its options count as hidden.
  const listbox = screen.getByRole('listbox', { name: field, hidden: true });
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('languages', () => {
  it('adds a language with its CEFR level, reorders and sends the whole list', async () => {
    const languages = [
      { code: 'de', proficiency: 'C1' },
      { code: 'fr', proficiency: 'NATIVE' },
    ];
    const mocks = [
      {
        request: { query: SetLanguagesMutation, variables: { input: { languages } } },
        result: {
          data: {
            setLanguages: {
              __typename: 'SetLanguagesPayload',
              member: memberWith({
                languages: languages.map((l) => ({ __typename: 'Language', ...l })),
              }),
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<LanguagesSection languages={[{ code: 'fr', proficiency: 'NATIVE' }]} editable />, { mocks });
    expect(screen.getByTestId('profile-languages')).toHaveTextContent('French · Native or bilingual');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit languages' }));
    await user.click(screen.getByRole('button', { name: 'Add a language' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose a language from the list.')).toBeInTheDocument();

    await choose(user, 'Language 2', 'German', 'Germ');
    await choose(user, 'Level 2', 'C1 · Advanced');
    await user.click(screen.getByRole('button', { name: 'Move "German" up' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Edit languages' })).toBeInTheDocument();
  });

  it('names languages and levels in French', async () => {
    renderPage(<LanguagesSection languages={[{ code: 'en', proficiency: 'B2' }]} editable={false} />, {
      language: 'fr',
    });
    expect(screen.getByTestId('profile-languages')).toHaveTextContent('anglais · B2 · Intermédiaire avancé');
  });

  it('refuses the same language twice before sending', async () => {
    renderPage(<LanguagesSection languages={[{ code: 'fr', proficiency: 'NATIVE' }]} editable />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit languages' }));
    await user.click(screen.getByRole('button', { name: 'Add a language' }));
    await choose(user, 'Language 2', 'French', 'Fren');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This is already in the list.')).toBeInTheDocument();
  });
});

describe('certifications', () => {
  const month = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

  it('checks the dates and the credential address, then saves', async () => {
    const input = {
      id: null,
      name: 'PSM I',
      issuingOrganization: 'Scrum.org',
      issueMonth: '2024-03',
      expiryMonth: null,
      credentialId: null,
      credentialUrl: 'https://www.scrum.org/certificates/123',
    };
    const mocks = [
      {
        request: { query: SaveCertificationMutation, variables: { input } },
        result: {
          data: {
            saveCertification: {
              __typename: 'SaveCertificationPayload',
              certification: { __typename: 'Certification', id: 'Q2VydGlmaWNhdGlvbjox' },
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<CertificationsSection certifications={[]} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Add a certification' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'PSM I');
    await user.type(within(dialog).getByRole('textbox', { name: 'Issuing organization' }), 'Scrum.org');
    month('Issue date', '2024-03');
    month('Expiration date', '2023-01');
    await user.click(within(dialog).getByRole('textbox', { name: 'Credential URL' }));
    await user.paste('javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The end cannot come before the start.')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Enter a web address starting with http:// or https://, such as https://www.example.com.',
      ),
    ).toBeInTheDocument();

    month('Expiration date', '');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Credential URL' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Credential URL' }));
    await user.paste('www.scrum.org/certificates/123');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the issuer, the dates and a credential link that leaves Carnet safely', () => {
    renderPage(
      <CertificationsSection
        certifications={[
          {
            id: 'Q2VydGlmaWNhdGlvbjox',
            name: 'PSM I',
            issuingOrganization: 'Scrum.org',
            issueMonth: '2024-03',
            expiryMonth: '2027-03',
            credentialId: 'ABC-1',
            credentialUrl: 'https://www.scrum.org/certificates/123',
          },
        ]}
        editable={false}
      />,
    );
    expect(screen.getByText(/Issued Mar 2024 · Expires Mar 2027/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Show credential' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAttribute('target', '_blank');
  });
});

describe('links', () => {
  const github = {
    __typename: 'ExternalLink' as const,
    kind: 'GITHUB' as const,
    url: 'https://github.com/zoe',
    label: null,
  };

  it('opens links in a new tab without passing on Carnet or search credit', () => {
    renderPage(<LinksSection links={[github]} editable={false} />);
    const link = screen.getByRole('link', { name: 'https://github.com/zoe' });
    expect(link).toHaveAttribute('href', 'https://github.com/zoe');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('refuses a javascript: address, then sends the ordered list', async () => {
    const links = [
      { kind: 'WEB_CV', url: 'www.doyoubuzz.com/zoe', label: 'Mon CV' },
      { kind: 'GITHUB', url: 'https://github.com/zoe', label: null },
    ];
    const mocks = [
      {
        request: { query: SetLinksMutation, variables: { input: { links } } },
        result: {
          data: {
            setLinks: {
              __typename: 'SetLinksPayload',
              member: memberWith({ links: links.map((l) => ({ __typename: 'ExternalLink', ...l })) }),
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<LinksSection links={[github]} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit links' }));
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await user.click(screen.getByRole('textbox', { name: 'Address 2' }));
    await user.paste('javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'Enter a web address starting with http:// or https://, such as https://www.example.com.',
      ),
    ).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Address 2' }));
    await user.click(screen.getByRole('textbox', { name: 'Address 2' }));
    await user.paste('www.doyoubuzz.com/zoe');
    await user.type(screen.getByRole('textbox', { name: 'Label 2 (optional)' }), 'Mon CV');
    await user.click(screen.getByRole('button', { name: 'Move "Mon CV" up' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Edit links' })).toBeInTheDocument();
  });
});
