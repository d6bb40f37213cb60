import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { buildMember } from '../../test/factories';
import { uploadFile } from '../../test/files';
import { cookieHeader, startTestServer, type TestServer } from '../../test/server';

const INDEX_HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Carnet, le réseau professionnel ouvert." />
    <title>Carnet</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }`;
const SET_VISIBILITY = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { member { id } }
}`;
const CHANGE_HANDLE = `mutation ($handle: String!) { changeHandle(input: { handle: $handle }) { userErrors { code } } }`;
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

/** The <head> as data: every meta tag by name or property, with entities decoded. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const metas = new Map<string, string[]>();
  for (const [, key = '', content = ''] of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)) {
    metas.set(key, [...(metas.get(key) ?? []), decode(content)]);
  }
  const titles = [...head.matchAll(/<title>([^<]*)<\/title>/g)].map(([, title = '']) => decode(title));
  const canonical = [...head.matchAll(/<link rel="canonical" href="([^"]*)" \/>/g)].map(([, href = '']) =>
    decode(href),
  );
  return { titles, canonical, meta: (key: string) => metas.get(key) ?? [] };
}

async function page(pathname: string, headers: Record<string, string> = {}, target = server) {
  const response = await fetch(`${target.url}${pathname}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

async function memberWith(profile: Record<string, string>, firstName = 'Zoé', lastName = 'Lefèvre') {
  const built = await buildMember(server, { firstName, lastName });
  const updated = await built.client.graphql(UPDATE, { input: profile });
  expect(updated.data?.updateProfile.userErrors).toEqual([]);
  return built;
}

describe('a public profile page', () => {
  it('carries the title, description, canonical address and preview tags of what anyone may see', async () => {
    const { member } = await memberWith({ headline: 'Data engineer', about: 'Pipelines   et\n\ndonnées.' });
    const { status, headers, html } = await page(`/in/${member.handle}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(headers.get('cache-control')).toBe('no-cache');
    const head = headOf(html);
    const url = `${server.url}/in/${member.handle}`;
    expect(head.titles).toEqual([`Zoé Lefèvre – Data engineer | Carnet`]);
    expect(head.meta('description')).toEqual(['Pipelines et données.']);
    expect(head.canonical).toEqual([url]);
    expect(head.meta('og:type')).toEqual(['profile']);
    expect(head.meta('og:title')).toEqual(['Zoé Lefèvre – Data engineer']);
    expect(head.meta('og:description')).toEqual(['Pipelines et données.']);
    expect(head.meta('og:url')).toEqual([url]);
    expect(head.meta('og:site_name')).toEqual(['Carnet']);
    expect(head.meta('profile:first_name')).toEqual(['Zoé']);
    expect(head.meta('profile:last_name')).toEqual(['Lefèvre']);
    expect(head.meta('twitter:card')).toEqual(['summary']);
    expect(head.meta('og:image')).toEqual([]);
    // The rest of the built page is untouched: the app's script still loads.
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(html).toContain('<div id="root"></div>');
  });

  it('escapes what members write, so that a headline cannot inject markup', async () => {
    const { member } = await memberWith({ headline: XSS, about: `</title>${XSS}&amp;` }, 'Eve', `<b>"Mal'`);
    const { status, html } = await page(`/in/${member.handle}`);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    const head = headOf(html);
    expect(head.titles).toEqual([`Eve <b>"Mal' – ${XSS} | Carnet`]);
    expect(head.meta('og:title')).toEqual([`Eve <b>"Mal' – ${XSS}`]);
    expect(head.meta('description')).toEqual([`</title>${XSS}&amp;`]);
    expect(head.meta('profile:last_name')).toEqual([`<b>"Mal'`]);
  });

  it('leaves out sections an anonymous visitor may not see, even when their owner asks', async () => {
    const { client, member, fields } = await memberWith({ headline: 'Secret headline', about: 'Secret about' });
    await client.graphql(SET_VISIBILITY, { section: 'HEADLINE', audience: 'MEMBERS' });
    await client.graphql(SET_VISIBILITY, { section: 'ABOUT', audience: 'CONNECTIONS' });
    const cookie = cookieHeader(client.cookies);
    const { status, html } = await page(`/in/${member.handle}`, { cookie, 'accept-language': 'en' });
    expect(status).toBe(200);
    expect(html).not.toContain('Secret');
    const head = headOf(html);
    expect(head.titles).toEqual([`Zoé ${fields.lastName} | Carnet`]);
    expect(head.meta('og:title')).toEqual([`Zoé ${fields.lastName}`]);
    expect(head.meta('description')).toEqual([
      `Zoé ${fields.lastName}'s profile on Carnet, the open professional network.`,
    ]);
  });

  it('shows the public photo in link previews, and not once PHOTO is narrowed', async () => {
    const { client, member } = await memberWith({ headline: 'Photographe' });
    const cookie = cookieHeader(client.cookies);
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#357' } })
      .png()
      .toBuffer();
    const uploaded = await uploadFile(
      `${server.url}/uploads/photo`,
      { bytes: png, name: 'moi.png', type: 'image/png' },
      {
        cookie,
      },
    );
    expect(uploaded.body.userErrors).toEqual([]);
    const [image] = headOf((await page(`/in/${member.handle}`)).html).meta('og:image');
    expect(image).toMatch(new RegExp(`^${server.url}/media/[\\w-]+/large$`));
    expect((await fetch(image!)).headers.get('content-type')).toBe('image/webp');

    await client.graphql(SET_VISIBILITY, { section: 'PHOTO', audience: 'MEMBERS' });
    expect(headOf((await page(`/in/${member.handle}`)).html).meta('og:image')).toEqual([]);
  });

  it('moves a former handle permanently to the current one', async () => {
    const { client, member } = await memberWith({ headline: 'Moved' });
    const renamed = `zoe-${Date.now().toString(36)}`;
    expect((await client.graphql(CHANGE_HANDLE, { handle: renamed })).data?.changeHandle.userErrors).toEqual([]);
    const old = await page(`/in/${member.handle}?ref=mail`);
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe(`/in/${renamed}?ref=mail`);
    expect((await page(`/in/${renamed.toUpperCase()}`)).headers.get('location')).toBe(`/in/${renamed}`);
    expect(headOf((await page(`/in/${renamed}`)).html).titles).toEqual(['Zoé Lefèvre – Moved | Carnet']);
  });

  it('answers an unknown handle with the plain web app and 404, so that it shows its not-found page', async () => {
    const { status, html } = await page('/in/nobody-has-this-handle');
    expect(status).toBe(404);
    expect(html).toBe(INDEX_HTML);
  });

  it('leaves other pages as they were', async () => {
    const { status, html } = await page('/settings/privacy');
    expect(status).toBe(200);
    expect(html).toBe(INDEX_HTML);
  });
});

describe('the absolute address of a profile', () => {
  const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'carnet.example' };

  it('ignores X-Forwarded-* unless TRUST_PROXY is set', async () => {
    const { member } = await memberWith({});
    expect(headOf((await page(`/in/${member.handle}`, forwarded)).html).meta('og:url')).toEqual([
      `${server.url}/in/${member.handle}`,
    ]);
  });

  it('comes from X-Forwarded-Proto and X-Forwarded-Host behind a trusted proxy', async () => {
    const proxied = await startTestServer({ webDistDir, trustProxy: true });
    try {
      const { member } = await buildMember(proxied);
      const head = headOf((await page(`/in/${member.handle}`, forwarded, proxied)).html);
      expect(head.meta('og:url')).toEqual([`https://carnet.example/in/${member.handle}`]);
      expect(head.canonical).toEqual([`https://carnet.example/in/${member.handle}`]);
    } finally {
      await proxied.close();
    }
  });
});
