import { buildMember } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { handleBase } from './handle';

const CHANGE = `mutation ($handle: String!) {
  changeHandle(input: { handle: $handle }) { member { handle } userErrors { field code message } }
}`;
const BY_HANDLE = `query ($handle: String!) { member(handle: $handle) { id handle } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('handles', () => {
  it('are made from names without accents at sign-up', () => {
    expect(handleBase('Zoë', 'Le Gall-Bréhat')).toBe('zoe-le-gall-brehat');
    expect(handleBase('李', 'Wei')).toBe('wei');
    expect(handleBase('李', '王')).toMatch(/^membre/);
  });

  it('change, and the old one keeps leading to the profile and cannot be taken by someone else', async () => {
    const owner = await buildMember(server);
    const old = owner.member.handle;
    const changed = await owner.client.graphql(CHANGE, { handle: '  Zoe-Nouvelle ' });
    expect(changed.data?.changeHandle).toEqual({ member: { handle: 'zoe-nouvelle' }, userErrors: [] });

    const viaOld = await server.graphql(BY_HANDLE, { handle: old });
    expect(viaOld.data?.member).toEqual({ id: owner.member.id, handle: 'zoe-nouvelle' });

    const other = await buildMember(server);
    const grab = await other.client.graphql(CHANGE, { handle: old }, { headers: { 'accept-language': 'en' } });
    expect(grab.data?.changeHandle.userErrors).toEqual([
      { field: 'handle', code: 'HANDLE_TAKEN', message: 'This address is already taken. Choose another one.' },
    ]);
    const back = await owner.client.graphql(CHANGE, { handle: old });
    expect(back.data?.changeHandle.member.handle).toBe(old);
  });

  it.each([
    ['admin', 'HANDLE_RESERVED'],
    ['ab', 'TOO_SHORT'],
    ['no_underscores', 'INVALID_HANDLE'],
    ['javascript:alert(1)', 'INVALID_HANDLE'],
  ])('refuses %s with %s', async (handle, code) => {
    const { client, member } = await buildMember(server);
    const result = await client.graphql(CHANGE, { handle });
    expect(result.data?.changeHandle.userErrors[0]).toMatchObject({ field: 'handle', code });
    expect((await server.graphql(BY_HANDLE, { handle: member.handle })).data?.member.handle).toBe(member.handle);
  });

  it('refuses a handle another member has, and gives one handle to one of two members asking at once', async () => {
    const first = await buildMember(server);
    const second = await buildMember(server);
    const taken = await second.client.graphql(CHANGE, { handle: first.member.handle });
    expect(taken.data?.changeHandle.userErrors[0].code).toBe('HANDLE_TAKEN');

    const wanted = `course-${Date.now()}`;
    const results = await Promise.all([first, second].map((m) => m.client.graphql(CHANGE, { handle: wanted })));
    expect(results.filter((r) => r.data?.changeHandle.member)).toHaveLength(1);
    expect(results.filter((r) => r.data?.changeHandle.userErrors[0]?.code === 'HANDLE_TAKEN')).toHaveLength(1);
  });
});
