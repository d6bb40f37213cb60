import type { BrowserContext, Page } from 'playwright-core';
import { withCarnetAndChromium } from './setup';

jest.setTimeout(240_000);

const running = withCarnetAndChromium();

async function signUp(context: BrowserContext, firstName: string, lastName: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${running.carnet.url}/signup`);
  await page.getByRole('textbox', { name: 'First name' }).fill(firstName);
  await page.getByRole('textbox', { name: 'Last name' }).fill(lastName);
  await page
    .getByRole('textbox', { name: 'Email address' })
    .fill(`${firstName.toLowerCase()}.${Date.now()}@example.fr`);
  await page.locator('input').and(page.getByLabel('Password')).fill('violet horses gallop');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByTestId('viewer-name').waitFor();
  return page;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('a recruiter posts a job and a member applies to it', () => {
  it('creates the company and the posting, finds it by search with filters, applies, shortlists, shows the status', async () => {
    const browser = running.browser;
    const newContext = async () => {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(15_000);
      return context;
    };
    const suffix = Date.now() % 100000;
    const companyName = `Atelier Numérique ${suffix}`;
    const title = `Développeuse Rust ${suffix}`;

    const recruiterContext = await newContext();
    const recruiter = await signUp(recruiterContext, 'Rachel', 'Martin');
    await recruiter.getByRole('button', { name: 'Account menu' }).click();
    await recruiter.getByRole('menuitem', { name: 'Create a company page' }).click();
    await recruiter.getByRole('textbox', { name: 'Company name' }).fill(companyName);
    await recruiter.getByRole('textbox', { name: 'Industry' }).fill('Logiciel');
    await recruiter.getByRole('button', { name: 'Save' }).click();
    await recruiter.getByRole('heading', { name: companyName }).waitFor();

    await recruiter.getByRole('tab', { name: 'Jobs' }).click();
    await recruiter.getByRole('link', { name: 'Post a job' }).click();
    await recruiter.getByRole('textbox', { name: 'Job title' }).fill(title);
    await recruiter.getByRole('textbox', { name: 'Description' }).fill('Vous écrirez des services en Rust.');
    await recruiter.getByRole('textbox', { name: 'City' }).fill('Nantes');
    await recruiter.getByRole('textbox', { name: 'Country (2 letters)' }).fill('FR');
    await choose(recruiter, 'Workplace', 'Hybrid');
    await choose(recruiter, 'Contract type', 'Permanent (CDI)');
    await recruiter.getByRole('button', { name: 'Publish' }).click();
    await recruiter.getByRole('heading', { name: title }).waitFor();
    const jobUrl = recruiter.url();

    const memberContext = await newContext();
    const member = await signUp(memberContext, 'Mathis', 'Leroy');
    await member.goto(`${running.carnet.url}/jobs`);
    await member.getByRole('textbox', { name: 'Title, skill or company' }).fill(`rust ${suffix}`);
    await member.getByRole('button', { name: 'Search' }).click();
    // Each filter lives in the address: the box is ticked once the search of the new address has answered.
    await member.getByRole('checkbox', { name: /CDI/ }).click();
    await member.waitForURL(/contract=CDI/);
    await member.getByRole('checkbox', { name: /Hybrid/ }).click();
    await member.waitForURL(/workplace=HYBRID/);
    await member.getByRole('checkbox', { name: /Hybrid/, checked: true }).waitFor();
    await member.getByText('1 job', { exact: true }).waitFor();
    await member.getByRole('link', { name: title }).click();
    await member.waitForURL(jobUrl);

    await member.getByRole('button', { name: 'Apply' }).click();
    const dialog = member.getByRole('dialog');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'cv-mathis.pdf', mimeType: 'application/pdf', buffer: PDF });
    await dialog.getByText('Ready to send: cv-mathis.pdf').waitFor();
    await dialog.getByRole('textbox', { name: 'Cover letter' }).fill('Rust me passionne depuis cinq ans.');
    await dialog.getByRole('textbox', { name: 'Email for this application' }).fill('mathis@leroy.fr');
    await dialog.getByRole('button', { name: 'Send my application' }).click();
    await member.getByRole('link', { name: /Applied on .* · Submitted/ }).waitFor();

    await recruiter.reload();
    await recruiter.getByRole('link', { name: '1 applicant' }).click();
    const card = recruiter.getByRole('article', { name: 'Mathis Leroy' });
    await card.getByText('Rust me passionne depuis cinq ans.').waitFor();
    await card.getByRole('button', { name: 'Move to' }).click();
    await recruiter.getByRole('menuitem', { name: 'Shortlisted' }).click();
    await recruiter.getByRole('tab', { name: /Shortlisted/ }).click();
    await recruiter.getByRole('article', { name: 'Mathis Leroy' }).getByText('Shortlisted').waitFor();

    await member.goto(`${running.carnet.url}/applications`);
    await member.getByRole('link', { name: title }).waitFor();
    await member.getByText('Viewed', { exact: true }).first().waitFor();
    await recruiterContext.close();
    await memberContext.close();
  });
});
