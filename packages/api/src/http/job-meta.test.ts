import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildMember } from '../../test/factories';
import { buildCompany, buildJobPosting } from '../../test/job-factories';
import { startTestServer, type TestServer } from '../../test/server';

const INDEX_HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta name="description" content="Carnet, le réseau professionnel ouvert." />
    <title>Carnet</title>
  </head>
  <body><div id="root"></div></body>
</html>
`;

const webDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-web-jobs-'));
fs.writeFileSync(path.join(webDistDir, 'index.html'), INDEX_HTML);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webDistDir });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(webDistDir, { recursive: true, force: true });
});

async function page(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${pathname}`, { headers });
  return { status: response.status, html: await response.text() };
}

const jsonLdOf = (html: string) => {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return match ? JSON.parse(match[1]!) : null;
};

describe('the page of a job posting', () => {
  it('carries the title, description, Open Graph tags and schema.org JobPosting of an open posting', async () => {
    const admin = await buildMember(server);
    const company = await buildCompany(server, admin, { name: 'Atelier Lumière' });
    const posting = await buildJobPosting(server, company, {
      title: 'Développeuse </script><script>alert(1)</script>',
      description: '<p>Du React &amp; du <strong>TypeScript</strong>.</p>',
    });
    const { status, html } = await page(`/jobs/${posting.globalId}`, { 'accept-language': 'fr' });
    expect(status).toBe(200);
    expect(html).toContain('<title>Développeuse &#60;/script&#62;');
    expect(html).toContain('chez Atelier Lumière | Carnet</title>');
    expect(html).toContain('<meta name="description" content="Du React &#38; du TypeScript." />');
    expect(html).toContain(`<meta property="og:url" content="${server.url}/jobs/${posting.globalId}" />`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(jsonLdOf(html)).toMatchObject({
      '@type': 'JobPosting',
      title: 'Développeuse </script><script>alert(1)</script>',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: 'Atelier Lumière' },
      jobLocation: { address: { addressLocality: 'Lyon', addressCountry: 'FR' } },
      directApply: true,
    });
  });

  it('keeps the preview of a closed posting without structured data, and gives drafts and others the plain page', async () => {
    const admin = await buildMember(server);
    const company = await buildCompany(server, admin);
    const closed = await buildJobPosting(server, company, { title: 'Poste pourvu', state: 'CLOSED' });
    const closedPage = await page(`/jobs/${closed.globalId}`, { 'accept-language': 'en' });
    expect(closedPage.html).toContain(`<title>Poste pourvu at ${company.name} | Carnet</title>`);
    expect(jsonLdOf(closedPage.html)).toBeNull();

    const draft = await buildJobPosting(server, company, { title: 'Secret', state: 'DRAFT' });
    const draftPage = await page(`/jobs/${draft.globalId}`);
    expect(draftPage).toEqual({ status: 200, html: INDEX_HTML });
    expect(await page('/jobs/new')).toEqual({ status: 200, html: INDEX_HTML });
    const missing = Buffer.from('JobPosting:999999').toString('base64url');
    expect(await page(`/jobs/${missing}`)).toEqual({ status: 404, html: INDEX_HTML });
  });
});
