import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createCompany } from '../../test/company-factories';
import { buildMember } from '../../test/factories';
import { uploadFile } from '../../test/files';
import { cookieHeader, startTestServer, type TestServer } from '../../test/server';

const INDEX_HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <title>Carnet</title>
  </head>
  <body><div id="root"></div></body>
</html>
`;
const XSS = '"><script>alert(1)</script>';

const webDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-web-'));
fs.writeFileSync(path.join(webDistDir, 'index.html'), INDEX_HTML);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webDistDir });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(webDistDir, { recursive: true, force: true });
});

const decode = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

function metaOf(html: string, key: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)]
    .filter(([, name]) => name === key)
    .map(([, , content = '']) => decode(content));
}

async function page(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${pathname}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

describe('a company page', () => {
  it('carries its title, description, canonical address and preview tags, escaped', async () => {
    const admin = await buildMember(server);
    const company = await createCompany(admin.client, {
      name: `Atelier ${XSS}`,
      industry: 'Ébénisterie',
      description: 'Meubles   sur\nmesure.',
    });
    const { status, html } = await page(`/company/${company.slug}`);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    const url = `${server.url}/company/${company.slug}`;
    const [, title = ''] = /<title>([^<]*)<\/title>/.exec(html) ?? [];
    expect(decode(title)).toBe(`Atelier ${XSS} – Ébénisterie | Carnet`);
    expect(metaOf(html, 'og:title')).toEqual([`Atelier ${XSS} – Ébénisterie`]);
    expect(metaOf(html, 'description')).toEqual(['Meubles sur mesure.']);
    expect(metaOf(html, 'og:url')).toEqual([url]);
    expect(metaOf(html, 'og:type')).toEqual(['website']);
    expect(metaOf(html, 'og:image')).toEqual([]);
  });

  it('shows the logo in previews, says what the page is without a description, and redirects another case', async () => {
    const admin = await buildMember(server);
    const company = await createCompany(admin.client, { name: 'Boulangerie Lemoine' });
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#753' } })
      .png()
      .toBuffer();
    await uploadFile(
      `${server.url}/uploads/company/${company.id}/logo`,
      { bytes: png, name: 'logo.png', type: 'image/png' },
      { cookie: cookieHeader(admin.client.cookies) },
    );
    const { html } = await page(`/company/${company.slug}`, { 'accept-language': 'en' });
    expect(metaOf(html, 'og:image')).toEqual([
      expect.stringMatching(new RegExp(`^${server.url}/media/[\\w-]+/large$`)),
    ]);
    expect(metaOf(html, 'description')).toEqual([
      'Boulangerie Lemoine on Carnet: its jobs and the people who work there.',
    ]);

    const moved = await page(`/company/${company.slug.toUpperCase()}?tab=jobs`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`/company/${company.slug}?tab=jobs`);
  });

  it('answers an unknown slug with the plain web app and 404', async () => {
    const { status, html } = await page('/company/personne-ici');
    expect(status).toBe(404);
    expect(html).toBe(INDEX_HTML);
  });
});
