import sharp from 'sharp';
import { buildMember, createToken, dbId } from '../../../test/factories';
import { createCompany } from '../../../test/company-factories';
import { uploadFile } from '../../../test/files';
import { cookieHeader, startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const IMAGES = `query ($slug: String!) {
  company(slug: $slug) { logo { width height small: url(size: SMALL) large: url(size: LARGE) } cover { width height url(size: LARGE) } }
}`;
const SET_ROLE = `mutation ($input: SetCompanyRoleInput!) { setCompanyRole(input: $input) { userErrors { code } } }`;
const REMOVE_LOGO = `mutation ($id: ID!) { removeCompanyLogo(input: { companyId: $id }) { company { logo { width } cover { width } } } }`;
const DELETE = `mutation ($password: String!) { deleteAccount(input: { password: $password }) { userErrors { code } } }`;

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#a35' } })
    .png()
    .toBuffer();

async function send(companyId: string, kind: string, bytes: Buffer, headers: Record<string, string> = {}) {
  return uploadFile(
    `${server.url}/uploads/company/${companyId}/${kind}`,
    { bytes, name: `${kind}.png`, type: 'image/png' },
    headers,
  );
}

describe('company logo and cover', () => {
  it('are uploaded by admins, served to anyone in their sizes, and removed by admins', async () => {
    const admin = await buildMember(server);
    const company = await createCompany(admin.client);
    const cookie = { cookie: cookieHeader(admin.client.cookies) };

    const logo = await send(company.id, 'logo', await png(500, 300), cookie);
    expect(logo.status).toBe(200);
    expect(logo.body).toEqual({
      logo: { width: 400, height: 400, urls: expect.objectContaining({ SMALL: expect.stringMatching(/^\/media\//) }) },
      userErrors: [],
    });
    const cover = await send(company.id, 'cover', await png(1600, 400), cookie);
    expect(cover.body.userErrors).toEqual([]);

    const read = await server.graphql(IMAGES, { slug: company.slug });
    const images = read.data!.company;
    expect(images.logo).toEqual({ width: 400, height: 400, small: expect.any(String), large: expect.any(String) });
    expect(images.cover).toEqual({ width: 1584, height: 396, url: expect.any(String) });
    const served = await fetch(`${server.url}${images.logo.small}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(96);

    const removed = await admin.client.graphql(REMOVE_LOGO, { id: company.id });
    expect(removed.data?.removeCompanyLogo.company).toEqual({ logo: null, cover: { width: 1584 } });
    expect((await fetch(`${server.url}${images.logo.small}`)).status).toBe(404);
  });

  it('refuse anyone but the admins, and bad files with userErrors', async () => {
    const admin = await buildMember(server);
    const recruiter = await buildMember(server);
    const company = await createCompany(admin.client);
    await admin.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: recruiter.member.id, role: 'RECRUITER' },
    });
    const image = await png(400, 400);
    expect((await send(company.id, 'logo', image)).status).toBe(401);
    const byRecruiter = await send(company.id, 'logo', image, { cookie: cookieHeader(recruiter.client.cookies) });
    expect(byRecruiter.status).toBe(403);
    expect(byRecruiter.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const profileToken = await createToken(admin.client, ['WRITE_PROFILE']);
    const tokenRefused = await send(company.id, 'logo', image, { authorization: `Bearer ${profileToken}` });
    expect(tokenRefused.status).toBe(403);
    const jobsToken = await createToken(admin.client, ['WRITE_JOBS']);
    expect((await send(company.id, 'logo', image, { authorization: `Bearer ${jobsToken}` })).status).toBe(200);

    const tooSmall = await send(company.id, 'cover', await png(400, 100), {
      cookie: cookieHeader(admin.client.cookies),
    });
    expect(tooSmall.status).toBe(422);
    expect(tooSmall.body).toEqual({ cover: null, userErrors: [expect.objectContaining({ code: 'IMAGE_TOO_SMALL' })] });
    expect((await send(company.id, 'banner', image, { cookie: cookieHeader(admin.client.cookies) })).status).toBe(404);
    expect((await send(admin.member.id, 'logo', image, { cookie: cookieHeader(admin.client.cookies) })).status).toBe(
      404,
    );

    const removal = await recruiter.client.graphql(REMOVE_LOGO, { id: company.id });
    expect(removal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('when an admin leaves Carnet', () => {
  it('the page keeps its images and other admins; the member’s follows and roles go, and nothing names them', async () => {
    const leaving = await buildMember(server);
    const staying = await buildMember(server);
    const company = await createCompany(leaving.client);
    await leaving.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: staying.member.id, role: 'ADMIN' },
    });
    await send(company.id, 'logo', await png(400, 400), { cookie: cookieHeader(leaving.client.cookies) });
    await leaving.client.graphql(
      `mutation ($id: ID!) { followCompany(input: { companyId: $id }) { userErrors { code } } }`,
      {
        id: company.id,
      },
    );
    const { data } = await server.graphql(IMAGES, { slug: company.slug });

    const deleted = await leaving.client.graphql(DELETE, { password: leaving.fields.password });
    expect(deleted.data?.deleteAccount.userErrors).toEqual([]);

    const after = await server.graphql(IMAGES, { slug: company.slug });
    expect(after.data?.company.logo).toEqual(data?.company.logo);
    expect((await fetch(`${server.url}${data?.company.logo.small}`)).status).toBe(200);
    const memberId = dbId(leaving.member.id);
    const [traces] = await server.db.query(
      `SELECT (SELECT count(*) FROM company_follow WHERE member_id = $1)::int AS follows,
              (SELECT count(*) FROM company_role WHERE member_id = $1)::int AS roles,
              (SELECT count(*) FROM company WHERE created_by = $1)::int AS created,
              (SELECT count(*) FROM media WHERE member_id = $1)::int AS media`,
      [memberId],
    );
    expect(traces).toEqual({ follows: 0, roles: 0, created: 0, media: 0 });
    const people = await staying.client.graphql(
      `query ($slug: String!) { company(slug: $slug) { people { edges { role node { handle } } } } }`,
      { slug: company.slug },
    );
    expect(people.data?.company.people.edges).toEqual([{ role: 'ADMIN', node: { handle: staying.member.handle } }]);
  });
});

describe('when the last admin leaves Carnet', () => {
  it('the recruiter of longest standing becomes admin, and a page without recruiters keeps no admin', async () => {
    const leaving = await buildMember(server);
    const [first, second] = [await buildMember(server), await buildMember(server)];
    const staffed = await createCompany(leaving.client);
    for (const recruiter of [first, second]) {
      await leaving.client.graphql(SET_ROLE, {
        input: { companyId: staffed.id, memberId: recruiter.member.id, role: 'RECRUITER' },
      });
    }
    const alone = await createCompany(leaving.client);

    await leaving.client.graphql(DELETE, { password: leaving.fields.password });

    const roles = await server.db.query(
      `SELECT member_id::text AS "memberId", role FROM company_role WHERE company_id = $1 ORDER BY member_id`,
      [dbId(staffed.id)],
    );
    expect(roles).toEqual([
      { memberId: dbId(first.member.id), role: 'ADMIN' },
      { memberId: dbId(second.member.id), role: 'RECRUITER' },
    ]);
    const orphan = await server.db.query(`SELECT count(*)::int AS count FROM company_role WHERE company_id = $1`, [
      dbId(alone.id),
    ]);
    expect(orphan).toEqual([{ count: 0 }]);
  });
});
