import { AUDIENCES, type Audience, type ProfileSection } from '@carnet/shared';
import sharp from 'sharp';
import { buildMember, connect } from '../../../test/factories';
import { minimalPdf, uploadFile } from '../../../test/files';
import {
  cookieHeader,
  type RequestOptions,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/server';

/**
 * Issue 3's visibility matrix: every section × every audience × every reader, through GraphQL over HTTP,
 * on a real graph A–B–C–D built with the invitation mutations (B is 1st degree to A, C 2nd, D 3rd).
 *
 * A section is one entry of SECTIONS: what to select, and what the reader gets when it is shown or hidden.
 */
interface SectionCase {
  selection: string;
  read: (member: any) => unknown;
  shown: unknown;
  hidden: unknown;
}

const SECTIONS: Record<ProfileSection, SectionCase> = {
  HEADLINE: {
    selection: 'headline industry location { city }',
    read: (m) => [m.headline, m.industry, m.location],
    shown: ['Ingénieure data', 'Énergie', { city: 'Grenoble' }],
    hidden: [null, null, null],
  },
  ABOUT: { selection: 'about', read: (m) => m.about, shown: 'Dix ans de données.', hidden: null },
  EXPERIENCE: {
    selection: 'experiences { totalCount nodes { title } }',
    read: (m) => m.experiences,
    shown: { totalCount: 1, nodes: [{ title: 'Data engineer' }] },
    hidden: { totalCount: 0, nodes: [] },
  },
  EDUCATION: {
    selection: 'education { totalCount nodes { school } }',
    read: (m) => m.education,
    shown: { totalCount: 1, nodes: [{ school: 'INSA Lyon' }] },
    hidden: { totalCount: 0, nodes: [] },
  },
  SKILLS: {
    selection: 'skills { totalCount nodes { name } }',
    read: (m) => m.skills,
    shown: { totalCount: 1, nodes: [{ name: 'PostgreSQL' }] },
    hidden: { totalCount: 0, nodes: [] },
  },
  CONTACT_INFO: {
    selection: 'contactInfo { email }',
    read: (m) => m.contactInfo,
    shown: { email: 'ana@contact.fr' },
    hidden: null,
  },
  PHOTO: {
    selection: 'photo { width } coverImage { width }',
    read: (m) => [m.photo, m.coverImage],
    shown: [{ width: 400 }, { width: 1584 }],
    hidden: [null, null],
  },
  LANGUAGES: {
    selection: 'languages { totalCount nodes { code proficiency } }',
    read: (m) => m.languages,
    shown: { totalCount: 1, nodes: [{ code: 'it', proficiency: 'B2' }] },
    hidden: { totalCount: 0, nodes: [] },
  },
  CERTIFICATIONS: {
    selection: 'certifications { totalCount nodes { name } }',
    read: (m) => m.certifications,
    shown: { totalCount: 1, nodes: [{ name: 'PostgreSQL DBA' }] },
    hidden: { totalCount: 0, nodes: [] },
  },
  LINKS: {
    selection: 'links { totalCount nodes { url } }',
    read: (m) => m.links,
    shown: { totalCount: 1, nodes: [{ url: 'https://ana.doyoubuzz.com' }] },
    hidden: { totalCount: 0, nodes: [] },
  },
  CV_DOCUMENT: {
    selection: 'cvDocument { fileName }',
    read: (m) => m.cvDocument,
    shown: { fileName: 'cv.pdf' },
    hidden: null,
  },
  OPEN_TO_WORK: {
    selection: 'openToWork { jobTitles }',
    read: (m) => m.openToWork,
    shown: { jobTitles: ['Data engineer'] },
    hidden: null,
  },
  CONNECTIONS: {
    selection: 'connections { totalCount nodes { handle } }',
    read: (m) => m.connections.totalCount,
    shown: 1,
    hidden: 0,
  },
};

const READERS = [
  'anonymous',
  'tokenWithReadProfile',
  'tokenWithoutReadProfile',
  'outOfNetwork',
  'thirdDegree',
  'secondDegree',
  'firstDegree',
  'self',
  'previewAsPublic',
  'previewAsMembers',
  'previewAsNetwork',
  'previewAsConnections',
] as const;
type Reader = (typeof READERS)[number];

/** Who is in each audience, written out rather than derived from the policy under test. */
const ADMITTED: Record<Audience, Reader[]> = {
  PUBLIC: [...READERS],
  MEMBERS: [
    'tokenWithReadProfile',
    'outOfNetwork',
    'thirdDegree',
    'secondDegree',
    'firstDegree',
    'self',
    'previewAsMembers',
    'previewAsNetwork',
    'previewAsConnections',
  ],
  NETWORK: ['tokenWithReadProfile', 'secondDegree', 'firstDegree', 'self', 'previewAsNetwork', 'previewAsConnections'],
  CONNECTIONS: ['tokenWithReadProfile', 'firstDegree', 'self', 'previewAsConnections'],
  ONLY_ME: ['self'],
};

const FIELDS = Object.values(SECTIONS)
  .map((c) => c.selection)
  .join(' ');
const PROFILE = `query ($handle: String!) { member(handle: $handle) { ${FIELDS} } }`;
const PREVIEW = `query ($as: PreviewAudience!) { profilePreview(as: $as) { ${FIELDS} } }`;
const SET_VISIBILITY = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { userErrors { code } }
}`;

let server: TestServer;
let owner: Awaited<ReturnType<typeof buildMember>>;
let read: (reader: Reader) => Promise<any>;

async function fillProfile(client: TestClient) {
  const steps = [
    [
      `mutation { updateProfile(input: { headline: "Ingénieure data", industry: "Énergie", city: "Grenoble",
         about: "Dix ans de données.", contactEmail: "ana@contact.fr" }) { userErrors { code } } }`,
      'updateProfile',
    ],
    [
      `mutation { saveExperience(input: { title: "Data engineer", companyName: "EDF", startMonth: "2020-01",
         current: true }) { userErrors { code } } }`,
      'saveExperience',
    ],
    [`mutation { saveEducation(input: { school: "INSA Lyon" }) { userErrors { code } } }`, 'saveEducation'],
    [`mutation { setSkills(input: { names: ["PostgreSQL"] }) { userErrors { code } } }`, 'setSkills'],
    [
      `mutation { setLanguages(input: { languages: [{ code: "it", proficiency: B2 }] }) { userErrors { code } } }`,
      'setLanguages',
    ],
    [
      `mutation { saveCertification(input: { name: "PostgreSQL DBA", issueMonth: "2021-05" }) { userErrors { code } } }`,
      'saveCertification',
    ],
    [
      `mutation { setLinks(input: { links: [{ kind: WEB_CV, url: "https://ana.doyoubuzz.com" }] }) { userErrors { code } } }`,
      'setLinks',
    ],
    [
      `mutation { setOpenToWork(input: { jobTitles: ["Data engineer"], contractTypes: [CDI] }) { userErrors { code } } }`,
      'setOpenToWork',
    ],
  ] as const;
  for (const [mutation, name] of steps) {
    const result = await client.graphql(mutation);
    expect({ name, result: result.data?.[name] ?? result.errors }).toEqual({ name, result: { userErrors: [] } });
  }
  const cookie = cookieHeader(client.cookies);
  const image = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
  const files = [
    ['photo', { bytes: await image(400, 400), name: 'ana.png', type: 'image/png' }],
    ['cover', { bytes: await image(1584, 396), name: 'cover.png', type: 'image/png' }],
    ['cv', { bytes: minimalPdf(), name: 'cv.pdf', type: 'application/pdf' }],
  ] as const;
  for (const [kind, file] of files) {
    const uploaded = await uploadFile(`${server.url}/uploads/${kind}`, file, { cookie });
    expect({ kind, userErrors: uploaded.body.userErrors }).toEqual({ kind, userErrors: [] });
  }
}

async function setAudience(section: ProfileSection, audience: Audience) {
  const result = await owner.client.graphql(SET_VISIBILITY, { section, audience });
  expect(result.data?.setSectionVisibility.userErrors).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  const [a, b, c, d, outsider] = await Promise.all([
    buildMember(server),
    buildMember(server),
    buildMember(server),
    buildMember(server),
    buildMember(server),
  ]);
  owner = a;
  await connect(a, b);
  await connect(c, b);
  await connect(d, c);
  await fillProfile(a.client);
  for (const section of Object.keys(SECTIONS) as ProfileSection[]) await setAudience(section, AUDIENCES.PUBLIC);
  const token = async (scopes: string[]) =>
    (
      await b.client.graphql(
        `mutation ($scopes: [Scope!]!) { createAccessToken(input: { name: "matrix", scopes: $scopes }) { token } }`,
        { scopes },
      )
    ).data?.createAccessToken.token as string;
  const asMember =
    (client: TestClient, options: RequestOptions = {}) =>
    async () =>
      (await client.graphql(PROFILE, { handle: a.member.handle }, options)).data?.member;
  const preview = (as: string) => async () => (await a.client.graphql(PREVIEW, { as })).data?.profilePreview;
  const readers: Record<Reader, () => Promise<any>> = {
    anonymous: asMember(server.client()),
    // Tokens of the 1st-degree member: with read:profile it reads as them, without it as an anonymous visitor.
    tokenWithReadProfile: asMember(server.client(), { token: await token(['READ_PROFILE']) }),
    tokenWithoutReadProfile: asMember(server.client(), { token: await token(['READ_NETWORK', 'READ_JOBS']) }),
    outOfNetwork: asMember(outsider.client),
    thirdDegree: asMember(d.client),
    secondDegree: asMember(c.client),
    firstDegree: asMember(b.client),
    self: asMember(a.client),
    previewAsPublic: preview('PUBLIC'),
    previewAsMembers: preview('MEMBERS'),
    previewAsNetwork: preview('NETWORK'),
    previewAsConnections: preview('CONNECTIONS'),
  };
  read = (reader) => readers[reader]();
});
afterAll(() => server.close());

const expectedView = (tested: ProfileSection, canSee: boolean) =>
  Object.fromEntries(
    Object.entries(SECTIONS).map(([section, c]) => [section, section === tested && !canSee ? c.hidden : c.shown]),
  );

describe.each(Object.keys(SECTIONS) as ProfileSection[])('section %s', (section) => {
  afterAll(() => setAudience(section, AUDIENCES.PUBLIC));

  it.each(Object.values(AUDIENCES))('set to %s, shows exactly what each reader may see', async (audience) => {
    await setAudience(section, audience);
    const views = await Promise.all(READERS.map(read));
    READERS.forEach((reader, i) => {
      const seen = Object.fromEntries(Object.entries(SECTIONS).map(([s, c]) => [s, c.read(views[i])]));
      expect({ reader, seen }).toEqual({ reader, seen: expectedView(section, ADMITTED[audience].includes(reader)) });
    });
  });
});
