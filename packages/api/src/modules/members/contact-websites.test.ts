import { buildMember, createToken } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { member { contactInfo { email phone websites } } userErrors { field code message } }
}`;
const CONTACT = `query ($handle: String!) { member(handle: $handle) { contactInfo { email websites } } }`;
const SET_VISIBILITY = `mutation ($audience: Audience!) {
  setSectionVisibility(input: { section: CONTACT_INFO, audience: $audience }) { userErrors { code } }
}`;
const PREVIEW = `query ($as: PreviewAudience!) { profilePreview(as: $as) { contactInfo { websites } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const pairs = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

describe('websites in the contact info', () => {
  it('are saved with the profile, normalized, blanks dropped, and make the contact info appear alone', async () => {
    const { client } = await buildMember(server);
    const saved = await client.graphql(UPDATE, {
      input: { websites: [' www.camille.fr ', '', 'https://blog.camille.fr'] },
    });
    expect(saved.data?.updateProfile).toEqual({
      member: {
        contactInfo: { email: null, phone: null, websites: ['https://www.camille.fr', 'https://blog.camille.fr'] },
      },
      userErrors: [],
    });
    const untouched = await client.graphql(UPDATE, { input: { headline: 'Architecte' } });
    expect(untouched.data?.updateProfile.member.contactInfo.websites).toHaveLength(2);
    const cleared = await client.graphql(UPDATE, { input: { websites: [] } });
    expect(cleared.data?.updateProfile.member.contactInfo).toBeNull();
    await client.graphql(UPDATE, { input: { websites: ['https://camille.fr'] } });
    expect(
      (await client.graphql(UPDATE, { input: { websites: null } })).data?.updateProfile.member.contactInfo,
    ).toBeNull();
  });

  it('refuse bad addresses, duplicates and more than 3, and change nothing else', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(UPDATE, { input: { contactEmail: 'contact@camille.fr', websites: ['https://camille.fr'] } });
    const bad = await client.graphql(
      UPDATE,
      {
        input: {
          contactEmail: 'autre@camille.fr',
          websites: ['', 'javascript:alert(1)', 'https://admin:secret@camille.fr', 'http://localhost'],
        },
      },
      { headers: { 'accept-language': 'en' } },
    );
    expect(bad.data?.updateProfile.member).toBeNull();
    expect(bad.data?.updateProfile.userErrors).toEqual([
      {
        field: 'websites.1',
        code: 'INVALID_URL',
        message: 'Enter a web address starting with http:// or https://, such as https://www.example.com.',
      },
      expect.objectContaining({ field: 'websites.2', code: 'INVALID_URL' }),
      expect.objectContaining({ field: 'websites.3', code: 'INVALID_URL' }),
    ]);
    const many = await client.graphql(UPDATE, { input: { websites: ['a.fr', 'b.fr', 'c.fr', 'd.fr'] } });
    expect(pairs(many.data?.updateProfile.userErrors)).toEqual([['websites', 'LIMIT_REACHED']]);
    const twice = await client.graphql(UPDATE, { input: { websites: ['camille.fr', 'https://camille.fr'] } });
    expect(pairs(twice.data?.updateProfile.userErrors)).toEqual([['websites.1', 'DUPLICATE']]);
    const long = await client.graphql(UPDATE, { input: { websites: [`https://camille.fr/${'a'.repeat(2040)}`] } });
    expect(pairs(long.data?.updateProfile.userErrors)).toEqual([['websites.0', 'TOO_LONG']]);
    expect((await client.graphql(CONTACT, { handle: member.handle })).data?.member.contactInfo).toEqual({
      email: 'contact@camille.fr',
      websites: ['https://camille.fr'],
    });
  });

  it('follow the CONTACT_INFO audience: null for anonymous readers, tokens without read:profile and previews', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(UPDATE, { input: { websites: ['https://camille.fr'] } });
    await client.graphql(SET_VISIBILITY, { audience: 'MEMBERS' });
    expect((await server.graphql(CONTACT, { handle: member.handle })).data?.member.contactInfo).toBeNull();
    const reader = await buildMember(server);
    expect((await reader.client.graphql(CONTACT, { handle: member.handle })).data?.member.contactInfo).toEqual({
      email: null,
      websites: ['https://camille.fr'],
    });
    const token = await createToken(reader.client, ['READ_NETWORK']);
    expect((await server.graphql(CONTACT, { handle: member.handle }, { token })).data?.member.contactInfo).toBeNull();
    expect((await client.graphql(PREVIEW, { as: 'PUBLIC' })).data?.profilePreview.contactInfo).toBeNull();
    expect((await client.graphql(PREVIEW, { as: 'MEMBERS' })).data?.profilePreview.contactInfo).toEqual({
      websites: ['https://camille.fr'],
    });
  });
});
