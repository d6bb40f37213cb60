import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { LANGUAGE_STORAGE_KEY } from '../../i18n';
import LandingPage from './LandingPage';

describe('switching language', () => {
  it('changes every text, the page language, and is remembered', async () => {
    renderPage(<LandingPage />, { language: 'fr' });
    expect(screen.getByRole('heading', { name: 'Votre carrière, vos règles.' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    await userEvent.setup().click(screen.getByText('English'));
    expect(await screen.findByRole('heading', { name: 'Your career, your rules.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create my account' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
