import type { Page } from 'playwright-core';
import { withCarnetAndChromium } from './setup';

jest.setTimeout(180_000);

const running = withCarnetAndChromium();

/** Errors the page logs: a script error or a request the content security policy blocked. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The password input itself, not the button beside it that shows the password. */
const passwordField = (page: Page, label: string) => page.locator('input').and(page.getByLabel(label));

async function signIn(page: Page, email: string, password: string) {
  await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
  await passwordField(page, 'Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

describe('a visitor joins Carnet', () => {
  it('signs up, lands in the app, stays signed in across a reload, signs out and back in', async () => {
    const context = await running.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    const email = `zoe.${Date.now()}@example.fr`;
    const password = 'un cheval violet galope';

    await page.goto(`${running.carnet.url}/`);
    await page.getByRole('link', { name: 'Créer mon compte' }).click();
    await page.getByRole('textbox', { name: 'Prénom' }).fill('Zoé');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Le Gall');
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await passwordField(page, 'Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.getByRole('heading', { name: 'Accueil' }).waitFor();
    await expect(page.getByTestId('viewer-name').textContent()).resolves.toBe('Zoé Le Gall');
    await expect(page.getByRole('navigation').getByText('Emplois')).toBeTruthy();

    await page.reload();
    await page.getByTestId('viewer-name').waitFor();
    await page.getByRole('link', { name: 'Réseau' }).click();
    await page.getByRole('heading', { name: 'Mon réseau' }).waitFor();

    await page.getByRole('button', { name: 'Menu du compte' }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    await page.goto(`${running.carnet.url}/network`);
    await page.waitForURL(/\/signin\?next=%2Fnetwork$/);

    await signIn(page, email, 'not my password');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('E-mail ou mot de passe incorrect.');
    await passwordField(page, 'Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mon réseau' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("shows the server's field-level error next to its field, on a phone", async () => {
    const email = `sam.${Date.now()}@example.com`;
    const existing = await fetch(`${running.carnet.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { member { id } } }',
        variables: {
          input: {
            email,
            password: 'a long enough passphrase',
            firstName: 'Sam',
            lastName: 'First',
            issueBearerToken: true,
          },
        },
      }),
    });
    expect(existing.ok).toBe(true);

    const context = await running.browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${running.carnet.url}/signup`);
    await page.getByRole('textbox', { name: 'First name' }).fill('Sam');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Taylor');
    await page.getByRole('textbox', { name: 'Email address' }).fill(email.toUpperCase());
    await passwordField(page, 'Password').fill('purple horses gallop');
    await page.getByRole('button', { name: 'Create my account' }).click();

    await page.getByText('An account already uses this email address. Sign in instead?').waitFor();
    await expect(page.getByRole('textbox', { name: 'Email address' }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('the GraphQL explorer', () => {
  it('runs a query at /graphiql with nothing loaded from outside Carnet', async () => {
    const context = await running.browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(running.carnet.url) && !/^(data|blob):/.test(request.url()))
        outside.push(request.url());
    });
    await page.goto(`${running.carnet.url}/graphiql`);
    const answered = () =>
      page
        .locator('.graphiql-response')
        .innerText()
        .then((text) => /"viewer":[\s\u00a0]*null/.test(text));
    // The run button works once Monaco and the schema have loaded: press it until the answer shows.
    for (let attempt = 0; attempt < 20 && !(await answered()); attempt++) {
      await page.getByRole('button', { name: /execute query/i }).click();
      await page.waitForTimeout(500);
    }
    expect(await answered()).toBe(true);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
