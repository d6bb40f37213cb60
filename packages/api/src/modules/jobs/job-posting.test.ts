import { buildMember, createToken, dbId } from '../../../test/factories';
import { buildCompany, buildJobPosting } from '../../../test/job-factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { postLength } from './share-text';

const FIELDS = /* GraphQL */ `
  fragment PostingFields on JobPosting {
    id
    title
    descriptionHtml
    state
    location {
      city
      region
      country
    }
    workplaceType
    contractType
    contractMonths
    employmentType
    seniority
    jobFunction
    salary {
      min
      max
      currency
      period
    }
    startDate
    openings
    applyUrl
    expiresAt
    publishedAt
    skills {
      name
      highlighted
    }
    screeningQuestions {
      id
      kind
      prompt
      required
    }
    url
    shareText
    company {
      slug
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateJobPostingInput!) {
    createJobPosting(input: $input) {
      jobPosting {
        ...PostingFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
  ${FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateJobPostingInput!) {
    updateJobPosting(input: $input) {
      jobPosting {
        ...PostingFields
      }
      userErrors {
        field
        code
      }
    }
  }
  ${FIELDS}
`;
const lifecycle = (name: string) => /* GraphQL */ `
  mutation ($input: JobPostingIdInput!) {
    ${name}(input: $input) {
      jobPosting {
        id
        state
        title
        expiresAt
        publishedAt
        skills {
          name
        }
        screeningQuestions {
          id
          prompt
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

const DAY = 86_400_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function recruiting() {
  const admin = await buildMember(server);
  const recruiter = await buildMember(server);
  const company = await buildCompany(server, admin, { recruiters: [recruiter] });
  return { admin, recruiter, company };
}

function postingInput(companyId: string, overrides: Record<string, unknown> = {}) {
  return {
    companyId,
    title: 'Développeuse React confirmée',
    descriptionHtml: '<p>Rejoignez une équipe <strong>bienveillante</strong>.</p>',
    location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' },
    workplaceType: 'HYBRID',
    contractType: 'CDI',
    seniority: 'MID_SENIOR',
    jobFunction: 'ENGINEERING',
    skills: ['React', 'TypeScript', 'GraphQL', 'Accessibilité'],
    salary: { min: 45000, max: 55000, currency: 'EUR', period: 'YEAR' },
    startDate: '2027-01-04',
    openings: 2,
    screeningQuestions: [
      { kind: 'YES_NO', prompt: 'Avez-vous le droit de travailler en France ?', required: true },
      { kind: 'NUMBER', prompt: 'Combien d’années d’expérience en React ?', required: false },
    ],
    ...overrides,
  };
}

const codes = (payload: { userErrors: { field: string; code: string }[] }) =>
  payload.userErrors.map((error) => [error.field, error.code]);

describe('writing a job posting', () => {
  it('lets a recruiter create a draft with its skills and questions, then publish it for 30 days', async () => {
    const { recruiter, company } = await recruiting();
    const created = await recruiter.client.graphql(CREATE, { input: postingInput(company.globalId) });
    const draft = created.data?.createJobPosting;
    expect(draft.userErrors).toEqual([]);
    expect(draft.jobPosting).toMatchObject({
      title: 'Développeuse React confirmée',
      state: 'DRAFT',
      employmentType: 'FULL_TIME',
      salary: { min: 45000, max: 55000, currency: 'EUR', period: 'YEAR' },
      skills: [
        { name: 'React', highlighted: true },
        { name: 'TypeScript', highlighted: true },
        { name: 'GraphQL', highlighted: true },
        { name: 'Accessibilité', highlighted: false },
      ],
      screeningQuestions: [
        { kind: 'YES_NO', required: true },
        { kind: 'NUMBER', prompt: 'Combien d’années d’expérience en React ?', required: false },
      ],
      publishedAt: null,
      company: { slug: company.slug },
    });
    expect(draft.jobPosting.url).toBe(`${server.url}/jobs/${draft.jobPosting.id}`);
    const expiresIn = new Date(draft.jobPosting.expiresAt).getTime() - Date.now();
    expect(Math.round(expiresIn / DAY)).toBe(30);
    const [skill] = await server.db.query(`SELECT name FROM skill WHERE key = 'accessibilite'`);
    expect(skill.name).toBe('Accessibilité');

    const published = await recruiter.client.graphql(lifecycle('publishJobPosting'), {
      input: { id: draft.jobPosting.id },
    });
    expect(published.data?.publishJobPosting).toMatchObject({ jobPosting: { state: 'OPEN' }, userErrors: [] });
    expect(published.data?.publishJobPosting.jobPosting.publishedAt).not.toBeNull();
    const again = await recruiter.client.graphql(lifecycle('publishJobPosting'), {
      input: { id: draft.jobPosting.id },
    });
    expect(codes(again.data?.publishJobPosting)).toEqual([['id', 'JOB_NOT_DRAFT']]);
  });

  it('publishes at once when asked, and needs a description to publish', async () => {
    const { admin, company } = await recruiting();
    const open = await admin.client.graphql(CREATE, { input: postingInput(company.globalId, { publish: true }) });
    expect(open.data?.createJobPosting.jobPosting.state).toBe('OPEN');

    const empty = await admin.client.graphql(CREATE, {
      input: postingInput(company.globalId, { publish: true, descriptionHtml: '<p><script>x()</script></p>' }),
    });
    expect(codes(empty.data?.createJobPosting)).toEqual([['descriptionHtml', 'REQUIRED']]);
    const draft = await admin.client.graphql(CREATE, {
      input: postingInput(company.globalId, { descriptionHtml: '' }),
    });
    const publish = await admin.client.graphql(lifecycle('publishJobPosting'), {
      input: { id: draft.data?.createJobPosting.jobPosting.id },
    });
    expect(codes(publish.data?.publishJobPosting)).toEqual([['descriptionHtml', 'REQUIRED']]);
  });

  it('strips scripts, styles, event handlers and javascript: links from the description, never running them', async () => {
    const { recruiter, company } = await recruiting();
    const result = await recruiter.client.graphql(CREATE, {
      input: postingInput(company.globalId, {
        descriptionHtml:
          '<p onclick="steal()">Bonjour<script>alert(1)</script></p><img src=x onerror=alert(1)>' +
          '<a href="javascript:alert(1)">clic</a> <a href="https://example.fr">site</a><style>*{}</style>',
      }),
    });
    expect(result.data?.createJobPosting.jobPosting.descriptionHtml).toBe(
      '<p>Bonjour</p><a>clic</a> <a href="https://example.fr" rel="nofollow noopener noreferrer" target="_blank">site</a>',
    );
  });

  it('answers each bad field with a coded error and writes nothing', async () => {
    const { recruiter, company } = await recruiting();
    const result = await recruiter.client.graphql(
      CREATE,
      {
        input: postingInput(company.globalId, {
          title: 'Comptable',
          salary: { min: 60000, max: 50000, currency: 'EUR', period: 'YEAR' },
          expiresAt: new Date(Date.now() - DAY).toISOString(),
          applyUrl: 'javascript:alert(1)',
          contractMonths: 6,
        }),
      },
      { headers: { 'accept-language': 'en' } },
    );
    const payload = result.data?.createJobPosting;
    expect(payload.jobPosting).toBeNull();
    expect(codes(payload)).toEqual([
      ['contractMonths', 'CONTRACT_MONTHS_NOT_ALLOWED'],
      ['salary.min', 'SALARY_MIN_ABOVE_MAX'],
      ['applyUrl', 'INVALID_URL'],
      ['expiresAt', 'DATE_IN_PAST'],
    ]);
    expect(payload.userErrors[1].message).toBe('The minimum salary cannot be above the maximum.');
    const absurd = await recruiter.client.graphql(CREATE, {
      input: postingInput(company.globalId, {
        salary: { min: -100, max: 500_000_000, currency: 'BTC', period: 'YEAR' },
        expiresAt: new Date(Date.now() + 200 * DAY).toISOString(),
      }),
    });
    expect(codes(absurd.data?.createJobPosting)).toEqual([
      ['salary.currency', 'UNKNOWN_CURRENCY'],
      ['salary.min', 'OUT_OF_RANGE'],
      ['salary.max', 'OUT_OF_RANGE'],
      ['expiresAt', 'DATE_TOO_FAR'],
    ]);
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM job_posting WHERE company_id = $1`, [
      company.id,
    ]);
    expect(n).toBe(0);
  });

  it('keeps the database rules when the application is bypassed', async () => {
    const { company } = await recruiting();
    await expect(
      server.db.query(
        `INSERT INTO job_posting (company_id, title, workplace_type, contract_type, expires_at, salary_min,
           salary_currency, salary_period) VALUES ($1, 'x', 'REMOTE', 'CDI', now(), 10, 'BTC', 'YEAR')`,
        [company.id],
      ),
    ).rejects.toThrow(/job_posting_currency_known/);
    await expect(
      server.db.query(
        `INSERT INTO job_posting (company_id, title, workplace_type, contract_type, expires_at, job_function)
         VALUES ($1, 'x', 'REMOTE', 'CDI', now(), 'ASTROLOGY')`,
        [company.id],
      ),
    ).rejects.toThrow(/job_posting_function_known/);
  });

  it('refuses other members, recruiters of other companies, anonymous readers and tokens without write:jobs', async () => {
    const { company } = await recruiting();
    const other = await recruiting();
    const member = await buildMember(server);
    const input = postingInput(company.globalId);
    const byMember = await member.client.graphql(CREATE, { input });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOtherRecruiter = await other.recruiter.client.graphql(CREATE, { input });
    expect(byOtherRecruiter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(CREATE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const posting = await buildJobPosting(server, company);
    for (const name of ['closeJobPosting', 'reopenJobPosting', 'duplicateJobPosting', 'publishJobPosting']) {
      const result = await other.admin.client.graphql(lifecycle(name), { input: { id: posting.globalId } });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const draft = await buildJobPosting(server, company, { state: 'DRAFT' });
    const hidden = await member.client.graphql(lifecycle('publishJobPosting'), { input: { id: draft.globalId } });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const update = await member.client.graphql(UPDATE, {
      input: { ...postingInput(company.globalId), companyId: undefined, id: posting.globalId },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { recruiter } = await recruiting();
    const readOnly = await createToken(recruiter.client, ['READ_JOBS']);
    const own = await buildCompany(server, recruiter);
    const ownInput = postingInput(own.globalId);
    const refused = await server.graphql(CREATE, { input: ownInput }, { token: readOnly });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const writer = await createToken(recruiter.client, ['WRITE_JOBS']);
    const allowed = await server.graphql(CREATE, { input: ownInput }, { token: writer });
    expect(allowed.data?.createJobPosting.userErrors).toEqual([]);
  });
});

describe('the life of a posting', () => {
  it('closes, reopens with a fresh expiry, and reopens an expired one', async () => {
    const { recruiter, company } = await recruiting();
    const posting = await buildJobPosting(server, company);
    const closed = await recruiter.client.graphql(lifecycle('closeJobPosting'), { input: { id: posting.globalId } });
    expect(closed.data?.closeJobPosting).toMatchObject({ jobPosting: { state: 'CLOSED' }, userErrors: [] });
    const closeAgain = await recruiter.client.graphql(lifecycle('closeJobPosting'), {
      input: { id: posting.globalId },
    });
    expect(codes(closeAgain.data?.closeJobPosting)).toEqual([['id', 'JOB_NOT_OPEN']]);
    const reopened = await recruiter.client.graphql(lifecycle('reopenJobPosting'), {
      input: { id: posting.globalId },
    });
    expect(reopened.data?.reopenJobPosting.jobPosting.state).toBe('OPEN');
    const reopenAgain = await recruiter.client.graphql(lifecycle('reopenJobPosting'), {
      input: { id: posting.globalId },
    });
    expect(codes(reopenAgain.data?.reopenJobPosting)).toEqual([['id', 'JOB_ALREADY_OPEN']]);

    const expired = await buildJobPosting(server, company, { expiresAt: new Date(Date.now() - DAY) });
    const revived = await recruiter.client.graphql(lifecycle('reopenJobPosting'), { input: { id: expired.globalId } });
    const { state, expiresAt } = revived.data!.reopenJobPosting.jobPosting;
    expect(state).toBe('OPEN');
    expect(Math.round((new Date(expiresAt).getTime() - Date.now()) / DAY)).toBe(30);

    const draft = await buildJobPosting(server, company, { state: 'DRAFT' });
    const closeDraft = await recruiter.client.graphql(lifecycle('closeJobPosting'), { input: { id: draft.globalId } });
    expect(codes(closeDraft.data?.closeJobPosting)).toEqual([['id', 'JOB_NOT_PUBLISHED']]);
  });

  it('duplicates a posting into a new draft with its skills and questions', async () => {
    const { admin, recruiter, company } = await recruiting();
    const created = await admin.client.graphql(CREATE, { input: postingInput(company.globalId, { publish: true }) });
    const original = created.data?.createJobPosting.jobPosting;
    const copy = await recruiter.client.graphql(lifecycle('duplicateJobPosting'), { input: { id: original.id } });
    const duplicate = copy.data?.duplicateJobPosting.jobPosting;
    expect(duplicate).toMatchObject({
      state: 'DRAFT',
      title: original.title,
      publishedAt: null,
      skills: original.skills.map(({ name }: { name: string }) => ({ name })),
    });
    expect(duplicate.id).not.toBe(original.id);
    expect(duplicate.screeningQuestions.map((q: { prompt: string }) => q.prompt)).toEqual(
      original.screeningQuestions.map((q: { prompt: string }) => q.prompt),
    );
    expect(duplicate.screeningQuestions[0].id).not.toBe(original.screeningQuestions[0].id);
  });

  it('replaces fields, skills and questions on edit, keeping the ids of the questions that stay', async () => {
    const { recruiter, company } = await recruiting();
    const created = await recruiter.client.graphql(CREATE, { input: postingInput(company.globalId) });
    const posting = created.data?.createJobPosting.jobPosting;
    const [rightToWork, years] = posting.screeningQuestions;
    const { companyId: _companyId, ...fields } = postingInput(company.globalId);
    const updated = await recruiter.client.graphql(UPDATE, {
      input: {
        ...fields,
        id: posting.id,
        title: 'Développeuse React senior',
        contractType: 'CDD',
        contractMonths: 12,
        skills: ['TypeScript', 'React Native'],
        screeningQuestions: [
          { kind: 'SHORT_TEXT', prompt: 'Votre portfolio ?', required: false },
          { id: years.id, kind: 'NUMBER', prompt: 'Années d’expérience en React ?', required: true },
          { kind: 'YES_NO', prompt: rightToWork.prompt, required: true },
        ],
      },
    });
    const edited = updated.data?.updateJobPosting;
    expect(edited.userErrors).toEqual([]);
    expect(edited.jobPosting).toMatchObject({
      title: 'Développeuse React senior',
      contractType: 'CDD',
      contractMonths: 12,
      employmentType: 'TEMPORARY',
      skills: [{ name: 'TypeScript' }, { name: 'React Native' }],
      expiresAt: posting.expiresAt,
    });
    const [portfolio, yearsAfter, rightAfter] = edited.jobPosting.screeningQuestions;
    expect(yearsAfter).toEqual({
      id: years.id,
      kind: 'NUMBER',
      prompt: 'Années d’expérience en React ?',
      required: true,
    });
    expect(rightAfter.id).toBe(rightToWork.id);
    expect([years.id, rightToWork.id]).not.toContain(portfolio.id);

    const kindChanged = await recruiter.client.graphql(UPDATE, {
      input: {
        ...fields,
        id: posting.id,
        screeningQuestions: [{ id: years.id, kind: 'SHORT_TEXT', prompt: 'Expérience ?', required: true }],
      },
    });
    const [onlyQuestion] = kindChanged.data!.updateJobPosting.jobPosting.screeningQuestions;
    expect(onlyQuestion.id).not.toBe(years.id);
    const [{ n }] = await server.db.query(
      `SELECT count(*)::int AS n FROM job_screening_question WHERE posting_id = $1`,
      [dbId(posting.id)],
    );
    expect(n).toBe(1);

    const unknownId = await recruiter.client.graphql(UPDATE, {
      input: {
        ...fields,
        id: posting.id,
        screeningQuestions: [{ id: years.id, kind: 'YES_NO', prompt: 'Permis B ?', required: true }],
      },
    });
    expect(codes(unknownId.data?.updateJobPosting)).toEqual([['screeningQuestions.0.id', 'INVALID_CHOICE']]);
  });
});

describe('sharing a posting', () => {
  it('builds a post of at most 280 characters (a link counts 23) in the reader’s language', async () => {
    const admin = await buildMember(server);
    const company = await buildCompany(server, admin, {
      name: 'Compagnie générale des eaux de Provence et du Languedoc',
    });
    const title = 'Chargée de recrutement '.repeat(6).slice(0, 120).trim();
    const created = await admin.client.graphql(CREATE, {
      input: postingInput(company.globalId, {
        title,
        location: { city: 'Saint-Rémy-de-Provence (Bouches-du-Rhône), quartier des Antiques' },
      }),
    });
    const { shareText, url } = created.data!.createJobPosting.jobPosting;
    expect(shareText).toMatch(/^Offre d’emploi : Chargée de recrutement .*… chez Compagnie générale/);
    expect(shareText).toContain(
      `chez ${company.name} (Saint-Rémy-de-Provence (Bouches-du-Rhône), quartier des Antiques, CDI) ${url}`,
    );
    expect(postLength(shareText)).toBe(280);

    const english = await admin.client.graphql(
      `query ($id: ID!) { jobPosting(id: $id) { shareText } }`,
      { id: created.data?.createJobPosting.jobPosting.id },
      { headers: { 'accept-language': 'en-GB' } },
    );
    expect(english.data?.jobPosting.shareText).toMatch(/^Job: Chargée .* at Compagnie .*, Permanent\) http/);
  });
});
