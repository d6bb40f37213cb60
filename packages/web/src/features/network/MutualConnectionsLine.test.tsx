import { screen } from '@testing-library/react';
import { renderPage } from '../../../test/render';
import { MutualConnectionsLine } from './MutualConnectionsLine';

const LEA = { handle: 'lea-martin', displayName: 'Léa Martin' };

describe('MutualConnectionsLine', () => {
  it.each([
    ['en', 13, 'Léa Martin and 12 other mutual connections'],
    ['en', 2, 'Léa Martin and 1 other mutual connection'],
    ['en', 1, 'Léa Martin is a mutual connection'],
    ['fr', 13, 'Léa Martin et 12 autres relations en commun'],
    ['fr', 2, 'Léa Martin et 1 autre relation en commun'],
    ['fr', 1, 'Léa Martin est une relation en commun'],
  ] as const)('in %s, with %i mutual connections, reads “%s”', async (language, count, text) => {
    renderPage(<MutualConnectionsLine first={LEA} count={count} />, { language });
    expect(await screen.findByTestId('mutual-connections')).toHaveTextContent(text);
    expect(screen.getByRole('link', { name: 'Léa Martin' })).toHaveAttribute('href', '/in/lea-martin');
  });

  it('counts without a name when none can be shown, and shows nothing without mutual connections', () => {
    const { unmount } = renderPage(<MutualConnectionsLine first={null} count={3} />, { language: 'fr' });
    expect(screen.getByTestId('mutual-connections')).toHaveTextContent('3 relations en commun');
    unmount();
    renderPage(<MutualConnectionsLine first={LEA} count={0} />);
    expect(screen.queryByTestId('mutual-connections')).not.toBeInTheDocument();
  });
});
