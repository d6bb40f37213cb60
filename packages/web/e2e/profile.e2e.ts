import { withCarnetAndChromium } from './setup';

jest.setTimeout(180_000);

const running = withCarnetAndChromium();

describe('a member shapes their profile', () => {
  it('fills the profile, hides the contact info, and checks it is gone for the public', async () => {
    const context = await running.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${running.carnet.url}/signup`);
    await page.getByRole('textbox', { name: 'First name' }).fill('Inès');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Moreau');
    await page.getByRole('textbox', { name: 'Email address' }).fill(`ines.${Date.now()}@example.fr`);
    await page.locator('input').and(page.getByLabel('Password')).fill('violet horses gallop');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByTestId('viewer-name').waitFor();

    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'My profile' }).click();
    await page.getByText('Add a photo: people recognise you at a glance.').waitFor();
    await page.getByRole('button', { name: 'Edit my profile' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Data engineer at SNCF');
    await page.getByRole('textbox', { name: 'City' }).fill('Lille');
    await page.getByRole('textbox', { name: 'About' }).fill('<img src=x onerror=alert(1)> I build pipelines.');
    await page.getByRole('textbox', { name: 'Contact email' }).fill('ines@moreau.fr');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Data engineer at SNCF').waitFor();
    await expect(page.getByTestId('profile-about').textContent()).resolves.toBe(
      '<img src=x onerror=alert(1)> I build pipelines.',
    );
    await page.getByText('ines@moreau.fr').waitFor();

    await page.getByRole('button', { name: 'Add a position' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Job title' }).fill('Data engineer');
    await dialog.getByRole('textbox', { name: 'Company' }).fill('SNCF');
    await dialog.getByLabel('I currently work here').check();
    await dialog.getByLabel('Start').fill('2021-09');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Sept? 2021 – present/).waitFor();

    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Edit skills' }).click();
    const skills = page.locator('input').and(page.getByLabel('Your skills'));
    for (const skill of ['Python', 'Apache Spark', 'SQL', 'dbt']) {
      await skills.fill(skill);
      await skills.press('Enter');
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('profile-skills').getByText('dbt').waitFor();

    await page.getByRole('link', { name: 'Profile privacy' }).click();
    await page.getByRole('combobox', { name: 'Contact info' }).click();
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && !!response.request().postData()?.includes('SetSectionVisibility'),
    );
    await page.getByRole('option', { name: 'Only me' }).click();
    await saved;

    await page.goBack();
    await page.getByRole('combobox', { name: 'View my profile as…' }).click();
    await page.getByRole('option', { name: 'an anonymous visitor' }).click();
    await page.getByText('Preview: this is your profile as an anonymous visitor sees it.').waitFor();
    await page.getByText('Data engineer at SNCF').waitFor();
    expect(await page.getByTestId('profile-contact').count()).toBe(0);

    const handle = new URL(page.url()).pathname.split('/').at(-1);
    const visitor = await running.browser.newContext({ locale: 'en-GB' });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`${running.carnet.url}/in/${handle}`);
    await visitorPage.getByText('Data engineer at SNCF').waitFor();
    expect(await visitorPage.getByTestId('profile-contact').count()).toBe(0);
    expect(await visitorPage.getByText('ines@moreau.fr').count()).toBe(0);

    const newHandle = `ines-data-${Date.now() % 100000}`;
    await page.goto(`${running.carnet.url}/settings`);
    await page.getByRole('textbox', { name: 'Your profile address' }).fill(newHandle);
    await page.getByRole('button', { name: 'Change address' }).click();
    await page.getByText('Address saved.').waitFor();
    await visitorPage.goto(`${running.carnet.url}/in/${handle}`);
    await visitorPage.waitForURL(`${running.carnet.url}/in/${newHandle}`);
    await visitorPage.getByText('Data engineer at SNCF').waitFor();
    await visitor.close();
    await context.close();
  });
});
