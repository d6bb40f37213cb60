import sharp from 'sharp';
import { buildMember } from '../../../test/factories';
import { minimalPdf, uploadFile } from '../../../test/files';
import { cookieHeader, startTestServer, type TestClient, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Sent {
  client?: TestClient;
  token?: string;
  headers?: Record<string, string>;
  fields?: Record<string, string | number>;
}

function cookieOf(client?: TestClient): Record<string, string> {
  return client?.cookies.size ? { cookie: cookieHeader(client.cookies) } : {};
}

async function upload(kind: string, bytes: Buffer, name: string, type: string, sent: Sent = {}) {
  const headers = { ...cookieOf(sent.client), ...sent.headers };
  if (sent.token) headers.authorization = `Bearer ${sent.token}`;
  return uploadFile(`${server.url}/uploads/${kind}`, { bytes, name, type }, headers, sent.fields);
}

function fetchMedia(url: string, sent: Sent = {}) {
  const headers: Record<string, string> = { ...cookieOf(sent.client), ...sent.headers };
  if (sent.token) headers.authorization = `Bearer ${sent.token}`;
  return fetch(`${server.url}${url}`, { headers });
}

async function mediaRows(handle: string): Promise<number> {
  const [{ n }] = await server.db.query(
    'SELECT count(*)::int AS n FROM media JOIN member ON member.id = media.member_id WHERE member.handle = $1',
    [handle],
  );
  return n;
}

/** A JPEG stored 600×400 (left half red, right half blue) that shows turned a quarter clockwise, with EXIF. */
async function rotatedJpeg(): Promise<Buffer> {
  const red = await sharp({ create: { width: 300, height: 400, channels: 3, background: 'red' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 600, height: 400, channels: 3, background: 'blue' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'secret place', Artist: 'Camille' } } })
    .toBuffer();
}

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();

const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="300" height="300"/></svg>',
);

const PROFILE = `query ($handle: String!) { member(handle: $handle) {
  photo { url(size: SMALL) large: url(size: LARGE) width height }
  coverImage { url(size: LARGE) }
  cvDocument { fileName byteSize url }
} }`;
const HIDE_PHOTO = `mutation { setSectionVisibility(input: { section: PHOTO, audience: MEMBERS }) { userErrors { code } } }`;
const TOKEN = `mutation ($scopes: [Scope!]!) { createAccessToken(input: { name: "script", scopes: $scopes }) { token } }`;

describe('profile photo', () => {
  it('is stored in three WebP squares, oriented, cropped, without metadata', async () => {
    const { client, member } = await buildMember(server);
    const crop = { x: 50, y: 0, width: 300, height: 300 };
    const result = await upload('photo', await rotatedJpeg(), 'moi.jpg', 'image/jpeg', { client, fields: crop });
    expect(result.status).toBe(200);
    expect(result.body.userErrors).toEqual([]);
    expect(result.body.photo).toMatchObject({ width: 400, height: 400 });

    for (const [size, side] of [
      ['LARGE', 400],
      ['MEDIUM', 200],
      ['SMALL', 96],
    ] as const) {
      const response = await fetchMedia(result.body.photo.urls[size]);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toContain('immutable');
      const bytes = Buffer.from(await response.arrayBuffer());
      const metadata = await sharp(bytes).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', side, side]);
      expect(metadata.exif).toBeUndefined();
      // The chosen area is the top of the image as shown, which is the red half once turned.
      const [r, g, b] = (await sharp(bytes).stats()).channels.map((c) => Math.round(c.mean));
      expect(r).toBeGreaterThan(230);
      expect(g! + b!).toBeLessThan(30);
    }
    const read = await server.graphql(PROFILE, { handle: member.handle });
    expect(read.data?.member.photo).toEqual({
      url: result.body.photo.urls.SMALL,
      large: result.body.photo.urls.LARGE,
      width: 400,
      height: 400,
    });
  });

  it('replaces the previous one, whose address stops answering', async () => {
    const { client, member } = await buildMember(server);
    const first = await upload('photo', await image(500, 300), 'a.png', 'image/png', { client });
    const second = await upload('photo', await image(300, 300), 'b.png', 'image/png', { client });
    expect(second.body.photo.urls.LARGE).not.toBe(first.body.photo.urls.LARGE);
    expect(await mediaRows(member.handle)).toBe(3);
    expect((await fetchMedia(first.body.photo.urls.LARGE)).status).toBe(404);
    expect((await fetchMedia(second.body.photo.urls.LARGE)).status).toBe(200);
  });

  it('refuses what is not a readable image large enough, in the reader’s language, and stores nothing', async () => {
    const { client, member } = await buildMember(server);
    const fr = { client, headers: { 'accept-language': 'fr-FR,fr' } };
    const cases: [Buffer, string, number][] = [
      [minimalPdf(), 'UNSUPPORTED_FILE_TYPE', 422],
      [HTML, 'UNSUPPORTED_FILE_TYPE', 422],
      [SVG, 'UNSUPPORTED_FILE_TYPE', 422],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]), 'INVALID_IMAGE', 422],
      [await image(150, 150), 'IMAGE_TOO_SMALL', 422],
      [Buffer.concat([await image(400, 400), Buffer.alloc(8 * 1024 * 1024)]), 'FILE_TOO_LARGE', 413],
    ];
    for (const [bytes, code, status] of cases) {
      const result = await upload('photo', bytes, 'photo.jpg', 'image/jpeg', fr);
      expect([result.status, result.body.photo, result.body.userErrors[0]?.code]).toEqual([status, null, code]);
      expect(await mediaRows(member.handle)).toBe(0);
    }
    const tooLarge = await upload('photo', Buffer.alloc(9 * 1024 * 1024, 1), 'big.jpg', 'image/jpeg', fr);
    expect(tooLarge.body.userErrors[0]).toEqual({
      field: 'file',
      code: 'FILE_TOO_LARGE',
      message: 'Ce fichier est trop lourd : 8 Mo au maximum.',
    });
    const outside = await upload('photo', await image(400, 400), 'p.png', 'image/png', {
      client,
      fields: { x: 200, y: 0, width: 300, height: 300 },
    });
    expect(outside.body.userErrors[0]).toMatchObject({ field: 'crop', code: 'INVALID_CROP' });
    expect(await mediaRows(member.handle)).toBe(0);
  });

  it('is hidden, route and field, from readers outside the PHOTO audience', async () => {
    const { client, member } = await buildMember(server);
    const stranger = await buildMember(server);
    const { body } = await upload('photo', await image(400, 400), 'p.png', 'image/png', { client });
    await client.graphql(HIDE_PHOTO);
    const token = (await stranger.client.graphql(TOKEN, { scopes: ['WRITE_PROFILE'] })).data?.createAccessToken.token;

    expect((await server.graphql(PROFILE, { handle: member.handle })).data?.member.photo).toBeNull();
    expect((await fetchMedia(body.photo.urls.LARGE)).status).toBe(404);
    expect((await fetchMedia(body.photo.urls.LARGE, { token })).status).toBe(404);
    const preview = await client.graphql(`{ profilePreview(as: PUBLIC) { photo { width } } }`);
    expect(preview.data?.profilePreview.photo).toBeNull();

    const seen = await fetchMedia(body.photo.urls.LARGE, { client: stranger.client });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('cache-control')).toBe('private, no-cache');
    const again = await fetchMedia(body.photo.urls.LARGE, {
      client: stranger.client,
      headers: { 'if-none-match': seen.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    expect((await stranger.client.graphql(PROFILE, { handle: member.handle })).data?.member.photo).not.toBeNull();
  });

  it('is removed by its owner, and counts in the completeness meter', async () => {
    const { client, member } = await buildMember(server);
    const COMPLETENESS = `query ($handle: String!) { member(handle: $handle) { completeness { nextStep } } }`;
    expect((await client.graphql(COMPLETENESS, { handle: member.handle })).data?.member.completeness.nextStep).toBe(
      'ADD_PHOTO',
    );
    await upload('photo', await image(400, 400), 'p.png', 'image/png', { client });
    expect((await client.graphql(COMPLETENESS, { handle: member.handle })).data?.member.completeness.nextStep).toBe(
      'ADD_HEADLINE',
    );
    const removed = await client.graphql(
      `mutation { removeProfilePhoto { member { photo { width } } userErrors { code } } }`,
    );
    expect(removed.data?.removeProfilePhoto).toEqual({ member: { photo: null }, userErrors: [] });
    expect(await mediaRows(member.handle)).toBe(0);
  });
});

describe('cover image', () => {
  it('is cropped to a centered 4:1 band in two sizes', async () => {
    const { client, member } = await buildMember(server);
    const result = await upload('cover', await image(2000, 1000), 'c.webp', 'image/webp', { client });
    expect(result.body.coverImage.urls).toMatchObject({ LARGE: expect.any(String), SMALL: expect.any(String) });
    const sizes = await Promise.all(
      (['LARGE', 'SMALL'] as const).map(async (size) => {
        const bytes = Buffer.from(await (await fetchMedia(result.body.coverImage.urls[size])).arrayBuffer());
        const { width, height } = await sharp(bytes).metadata();
        return [width, height];
      }),
    );
    expect(sizes).toEqual([
      [1584, 396],
      [792, 198],
    ]);
    await client.graphql(`mutation { removeCoverImage { userErrors { code } } }`);
    expect((await server.graphql(PROFILE, { handle: member.handle })).data?.member.coverImage).toBeNull();
  });
});

describe('CV document', () => {
  it('is a PDF served only as a download, by default to its owner alone', async () => {
    const { client, member } = await buildMember(server);
    const other = await buildMember(server);
    const pdf = minimalPdf();
    const result = await upload('cv', pdf, '../Mon CV – été\u0007 2026.PDF', 'application/pdf', { client });
    expect(result.body.cvDocument).toMatchObject({ fileName: 'Mon CV – été 2026.pdf', byteSize: pdf.length });

    const response = await fetchMedia(result.body.cvDocument.url, { client });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Mon CV _ _t_ 2026.pdf"; filename*=UTF-8''Mon%20CV%20%E2%80%93%20%C3%A9t%C3%A9%202026.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);

    expect((await fetchMedia(result.body.cvDocument.url)).status).toBe(404);
    expect((await fetchMedia(result.body.cvDocument.url, { client: other.client })).status).toBe(404);
    expect((await other.client.graphql(PROFILE, { handle: member.handle })).data?.member.cvDocument).toBeNull();
    expect((await client.graphql(PROFILE, { handle: member.handle })).data?.member.cvDocument.fileName).toBe(
      'Mon CV – été 2026.pdf',
    );
  });

  it('refuses HTML or images named .pdf, and files over 5 MB, storing nothing', async () => {
    const { client, member } = await buildMember(server);
    const huge = Buffer.concat([minimalPdf(), Buffer.alloc(5 * 1024 * 1024)]);
    for (const [bytes, code] of [
      [HTML, 'UNSUPPORTED_FILE_TYPE'],
      [await image(300, 300), 'UNSUPPORTED_FILE_TYPE'],
      [huge, 'FILE_TOO_LARGE'],
    ] as const) {
      const result = await upload('cv', bytes, 'cv.pdf', 'application/pdf', { client });
      expect(result.body.userErrors[0]?.code).toBe(code);
    }
    expect(await mediaRows(member.handle)).toBe(0);
  });
});

describe('uploads', () => {
  it('need a session from our own pages or a token with write:profile', async () => {
    const { client, member } = await buildMember(server);
    const png = await image(300, 300);
    expect((await upload('photo', png, 'p.png', 'image/png')).status).toBe(401);
    expect((await upload('photo', png, 'p.png', 'image/png', { token: 'crn_pat_nope' })).status).toBe(401);
    const crossSite = { client, headers: { origin: 'https://evil.example' } };
    expect((await upload('photo', png, 'p.png', 'image/png', crossSite)).status).toBe(401);
    const readOnly = (await client.graphql(TOKEN, { scopes: ['READ_PROFILE'] })).data?.createAccessToken.token;
    expect((await upload('photo', png, 'p.png', 'image/png', { token: readOnly })).status).toBe(403);
    expect(await mediaRows(member.handle)).toBe(0);
    const writer = (await client.graphql(TOKEN, { scopes: ['WRITE_PROFILE'] })).data?.createAccessToken.token;
    expect((await upload('photo', png, 'p.png', 'image/png', { token: writer })).status).toBe(200);
  });

  it('answer 404 for unknown kinds and media ids', async () => {
    expect((await fetchMedia('/media/AAAAAAAAAAAAAAAAAAAAAA/large')).status).toBe(404);
    expect((await fetchMedia('/media/nope/large')).status).toBe(404);
    const { client } = await buildMember(server);
    expect((await upload('avatar', await image(300, 300), 'p.png', 'image/png', { client })).status).toBe(404);
  });
});
