import { screen } from '@testing-library/react';
import { renderPage } from '../../../test/render';
import { PersonRow, type Person } from './PersonRow';

const LEA = { handle: 'lea-martin', displayName: 'Léa Martin' };

function person(overrides: Partial<Person> = {}): Person {
  return {
    handle: 'hugo-petit',
    displayName: 'Hugo Petit',
    headline: 'Développeur backend',
    currentPosition: { title: 'Ingénieur logiciel', companyName: 'Doctolib' },
    viewerState: { degree: 'SECOND', mutualConnectionCount: 13, mutualConnections: [LEA] },
    ...overrides,
  };
}

describe('PersonRow', () => {
  it.each([
    [
      'en',
      '2nd degree connection',
      '2nd',
      'Ingénieur logiciel at Doctolib',
      'Léa Martin and 12 other mutual connections',
    ],
    [
      'fr',
      'Relation de 2e niveau',
      '2e',
      'Ingénieur logiciel chez Doctolib',
      'Léa Martin et 12 autres relations en commun',
    ],
  ] as const)(
    'in %s, shows the degree, current position and mutual connections',
    (language, label, badge, job, mutuals) => {
      renderPage(<PersonRow person={person()} />, { language });
      expect(screen.getByRole('link', { name: 'Hugo Petit' })).toHaveAttribute('href', '/in/hugo-petit');
      expect(screen.getByLabelText(label)).toHaveTextContent(badge);
      expect(screen.getByText('Développeur backend')).toBeInTheDocument();
      expect(screen.getByTestId('current-position')).toHaveTextContent(job);
      expect(screen.getByTestId('mutual-connections')).toHaveTextContent(mutuals);
      expect(screen.getByRole('link', { name: 'Léa Martin' })).toHaveAttribute('href', '/in/lea-martin');
    },
  );

  it.each(['SELF', 'OUT_OF_NETWORK'])('shows no badge for %s, nor lines for what is missing', (degree) => {
    renderPage(
      <PersonRow
        person={person({
          headline: null,
          currentPosition: null,
          viewerState: { degree, mutualConnectionCount: 0, mutualConnections: [] },
        })}
      />,
    );
    expect(screen.getByTestId('network-row')).toHaveTextContent(/^Hugo Petit$/);
    expect(screen.queryByTestId('current-position')).toBeNull();
    expect(screen.queryByTestId('mutual-connections')).toBeNull();
  });
});
