import { buildMember, connect } from '../../../test/factories';
import { buildCompany } from '../../../test/job-factories';
import { buildSearchPosting, workAt } from '../../../test/job-search-fixtures';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
/** The fixture's postings by their number in the table below; 13–15 are never found. */
const posting: Record<number, string> = {};
let companies: Record<'doctolib' | 'qonto' | 'decathlon' | 'airbus', { id: string; globalId: string; name: string }>;
let viewer: Awaited<ReturnType<typeof buildMember>>;

const EUR_YEAR = (min: number | null, max: number | null) => ({ min, max, currency: 'EUR', period: 'YEAR' });

/**
 * Twelve open postings, hand-checked: every expectation below is counted from this table.
 *  #  title                            company    city      workplace contract       seniority  function         salary            age
 *  1  Développeur backend Node.js      Doctolib   Paris     HYBRID    CDI            MID_SENIOR ENGINEERING      55–65k EUR/yr     2 h
 *  2  Développeuse React               Doctolib   Paris     REMOTE    CDI            ENTRY      ENGINEERING      3.5–4k EUR/month  3 d
 *  3  Software engineer                Qonto      Paris     HYBRID    CDI            MID_SENIOR ENGINEERING      70k+ EUR/yr       10 d
 *  4  Data engineer                    Qonto      Lyon      ON_SITE   CDD            ASSOCIATE  DATA             —                 20 d
 *  5  Stage développeur web            Décathlon  Lille     ON_SITE   STAGE          INTERNSHIP ENGINEERING      1.2k EUR/month    1 h
 *  6  Alternance chargé de recrutement Décathlon  Lille     HYBRID    ALTERNANCE     ENTRY      HUMAN_RESOURCES  —                 5 d
 *  7  Ingénieure qualité               Airbus     Toulouse  ON_SITE   CDI            MID_SENIOR MANUFACTURING    50–60k EUR/yr     40 d
 *  8  Engineering manager              Airbus     Toulouse  HYBRID    CDI            DIRECTOR   ENGINEERING      90–110k EUR/yr    2 d
 *  9  Product manager                  Doctolib   Nantes    REMOTE    FREELANCE      MID_SENIOR PRODUCT          600 EUR/day       12 d
 * 10  Développeur Java                 Airbus     Toulouse  ON_SITE   INTERIM        ASSOCIATE  ENGINEERING      30 EUR/hour       6 h
 * 11  Comptable                        Qonto      Paris     ON_SITE   CDI            ASSOCIATE  FINANCE          45k GBP/yr        8 d
 * 12  Mobile developer                 Décathlon  Lyon      REMOTE    TEMPS_PARTIEL  MID_SENIOR ENGINEERING      —                 25 d
 * 13  Développeur Go (draft), 14 Développeur Rust (closed), 15 Développeur Elixir (expired yesterday).
 */
beforeAll(async () => {
  server = await startTestServer();
  const admin = await buildMember(server);
  const company = (name: string) => buildCompany(server, admin, { name });
  companies = {
    doctolib: await company('Doctolib'),
    qonto: await company('Qonto'),
    decathlon: await company('Décathlon'),
    airbus: await company('Airbus'),
  };
  const { doctolib, qonto, decathlon, airbus } = companies;
  const rows: [number, { id: string }, Parameters<typeof buildSearchPosting>[2]][] = [
    [
      1,
      doctolib,
      {
        title: 'Développeur backend Node.js',
        city: 'Paris',
        region: 'Île-de-France',
        workplaceType: 'HYBRID',
        contractType: 'CDI',
        seniority: 'MID_SENIOR',
        jobFunction: 'ENGINEERING',
        salary: EUR_YEAR(55000, 65000),
        hoursAgo: 2,
        skills: ['Node.js', 'PostgreSQL'],
      },
    ],
    [
      2,
      doctolib,
      {
        title: 'Développeuse React',
        city: 'Paris',
        region: 'Île-de-France',
        workplaceType: 'REMOTE',
        contractType: 'CDI',
        seniority: 'ENTRY',
        jobFunction: 'ENGINEERING',
        salary: { min: 3500, max: 4000, currency: 'EUR', period: 'MONTH' },
        hoursAgo: 72,
        skills: ['React', 'TypeScript'],
      },
    ],
    [
      3,
      qonto,
      {
        title: 'Software engineer',
        city: 'Paris',
        region: 'Île-de-France',
        workplaceType: 'HYBRID',
        contractType: 'CDI',
        seniority: 'MID_SENIOR',
        jobFunction: 'ENGINEERING',
        salary: EUR_YEAR(70000, null),
        hoursAgo: 240,
      },
    ],
    [
      4,
      qonto,
      {
        title: 'Data engineer',
        city: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        workplaceType: 'ON_SITE',
        contractType: 'CDD',
        seniority: 'ASSOCIATE',
        jobFunction: 'DATA',
        hoursAgo: 480,
        skills: ['Python', 'Airflow'],
      },
    ],
    [
      5,
      decathlon,
      {
        title: 'Stage développeur web',
        city: 'Lille',
        region: 'Hauts-de-France',
        workplaceType: 'ON_SITE',
        contractType: 'STAGE',
        seniority: 'INTERNSHIP',
        jobFunction: 'ENGINEERING',
        salary: { min: 1200, max: null, currency: 'EUR', period: 'MONTH' },
        hoursAgo: 1,
      },
    ],
    [
      6,
      decathlon,
      {
        title: 'Alternance chargé de recrutement',
        city: 'Lille',
        region: 'Hauts-de-France',
        workplaceType: 'HYBRID',
        contractType: 'ALTERNANCE',
        seniority: 'ENTRY',
        jobFunction: 'HUMAN_RESOURCES',
        hoursAgo: 120,
      },
    ],
    [
      7,
      airbus,
      {
        title: 'Ingénieure qualité',
        city: 'Toulouse',
        region: 'Occitanie',
        workplaceType: 'ON_SITE',
        contractType: 'CDI',
        seniority: 'MID_SENIOR',
        jobFunction: 'MANUFACTURING',
        salary: EUR_YEAR(50000, 60000),
        hoursAgo: 960,
      },
    ],
    [
      8,
      airbus,
      {
        title: 'Engineering manager',
        city: 'Toulouse',
        region: 'Occitanie',
        workplaceType: 'HYBRID',
        contractType: 'CDI',
        seniority: 'DIRECTOR',
        jobFunction: 'ENGINEERING',
        salary: EUR_YEAR(90000, 110000),
        hoursAgo: 48,
      },
    ],
    [
      9,
      doctolib,
      {
        title: 'Product manager',
        city: 'Nantes',
        region: 'Pays de la Loire',
        workplaceType: 'REMOTE',
        contractType: 'FREELANCE',
        seniority: 'MID_SENIOR',
        jobFunction: 'PRODUCT',
        salary: { min: 600, max: null, currency: 'EUR', period: 'DAY' },
        hoursAgo: 288,
      },
    ],
    [
      10,
      airbus,
      {
        title: 'Développeur Java',
        city: 'Toulouse',
        region: 'Occitanie',
        workplaceType: 'ON_SITE',
        contractType: 'INTERIM',
        seniority: 'ASSOCIATE',
        jobFunction: 'ENGINEERING',
        salary: { min: 30, max: null, currency: 'EUR', period: 'HOUR' },
        hoursAgo: 6,
      },
    ],
    [
      11,
      qonto,
      {
        title: 'Comptable',
        city: 'Paris',
        region: 'Île-de-France',
        workplaceType: 'ON_SITE',
        contractType: 'CDI',
        seniority: 'ASSOCIATE',
        jobFunction: 'FINANCE',
        salary: { min: 45000, max: null, currency: 'GBP', period: 'YEAR' },
        hoursAgo: 192,
      },
    ],
    [
      12,
      decathlon,
      {
        title: 'Mobile developer',
        city: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        workplaceType: 'REMOTE',
        contractType: 'TEMPS_PARTIEL',
        seniority: 'MID_SENIOR',
        jobFunction: 'ENGINEERING',
        hoursAgo: 600,
      },
    ],
    [13, doctolib, { title: 'Développeur Go', state: 'DRAFT' }],
    [14, doctolib, { title: 'Développeur Rust', state: 'CLOSED' }],
    [15, qonto, { title: 'Développeur Elixir', expiresAt: new Date(Date.now() - 86_400_000), hoursAgo: 24 * 40 }],
  ];
  for (const [n, at, fields] of rows) posting[n] = (await buildSearchPosting(server, at, fields)).globalId;

  viewer = await buildMember(server);
  const atQonto = await buildMember(server);
  const hiddenAtAirbus = await buildMember(server);
  await connect(viewer, atQonto);
  await connect(viewer, hiddenAtAirbus);
  await workAt(server, atQonto, companies.qonto);
  await workAt(server, hiddenAtAirbus, companies.airbus);
  await server.db.query(`UPDATE member SET visibility = '{"EXPERIENCE": "ONLY_ME"}' WHERE handle = $1`, [
    hiddenAtAirbus.member.handle,
  ]);
});
afterAll(() => server.close());

const SEARCH = /* GraphQL */ `
  query Search($query: String, $filters: JobSearchFilters, $sort: JobSearchSort, $first: Int, $after: String) {
    jobSearch(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          state
          company {
            name
          }
        }
      }
      facets {
        contractTypes {
          value
          count
        }
        workplaceTypes {
          value
          count
        }
        seniorities {
          value
          count
        }
        jobFunctions {
          value
          count
        }
        companies {
          id
          name
          count
        }
        locations {
          value
          count
        }
        postedWithin {
          value
          count
        }
      }
    }
  }
`;

type Variables = { query?: string; filters?: Record<string, unknown>; sort?: string; first?: number; after?: string };

async function search(variables: Variables, client: Pick<TestServer, 'graphql'> = server) {
  const result = await client.graphql(SEARCH, { first: 100, ...variables });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.jobSearch;
}

/** The fixture numbers of the postings found, in order. */
async function found(variables: Variables, client: Pick<TestServer, 'graphql'> = server): Promise<number[]> {
  const result = await search(variables, client);
  return result.edges.map((edge: { node: { id: string } }) =>
    Number(Object.entries(posting).find(([, id]) => id === edge.node.id)![0]),
  );
}

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
const counts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]));

describe('full text', () => {
  it('stems French plurals and English derivations, accents and case aside', async () => {
    expect(sorted(await found({ query: 'développeurs' }))).toEqual([1, 5, 10]);
    expect(sorted(await found({ query: 'DEVELOPPEUR' }))).toEqual([1, 5, 10]);
    expect(sorted(await found({ query: 'engineering' }))).toEqual([3, 4, 8]);
    expect(sorted(await found({ query: 'ingenieure qualite' }))).toEqual([7]);
  });

  it('finds skills and company names, and forgives typos in titles and company names', async () => {
    expect(sorted(await found({ query: 'postgresql' }))).toEqual([1]);
    expect(sorted(await found({ query: 'devloper' }))).toEqual([12]);
    expect(sorted(await found({ query: 'Doctolip' }))).toEqual([1, 2, 9]);
    expect(sorted(await found({ query: 'decathlon developer' }))).toEqual([12]);
  });

  it('never returns drafts, closed or expired postings', async () => {
    for (const query of ['Go', 'Rust', 'Elixir']) expect(await found({ query })).toEqual([]);
    const all = await search({});
    expect(all.totalCount).toBe(12);
    expect(all.edges.every((edge: { node: { state: string } }) => edge.node.state === 'OPEN')).toBe(true);
  });

  it('ranks titles above other fields and sorts by date on demand', async () => {
    const byRelevance = await found({ query: 'engineer' });
    expect(byRelevance).toHaveLength(3);
    expect(await found({ query: 'engineer', sort: 'DATE' })).toEqual([8, 3, 4]);
    expect(await found({})).toEqual([5, 1, 10, 8, 2, 6, 11, 3, 9, 4, 12, 7]);
  });
});

describe('filters', () => {
  const cases: [string, Record<string, unknown>, number[]][] = [
    ['a city', { locations: ['lyon'] }, [4, 12]],
    ['a region, accents aside', { locations: ['ile-de-france'] }, [1, 2, 3, 11]],
    ['a region or a city', { locations: ['Occitanie', 'Nantes'] }, [7, 8, 9, 10]],
    ['workplace types', { workplaceTypes: ['REMOTE'] }, [2, 9, 12]],
    ['contract types', { contractTypes: ['STAGE', 'ALTERNANCE'] }, [5, 6]],
    ['seniorities', { seniorities: ['DIRECTOR'] }, [8]],
    ['job functions', { jobFunctions: ['DATA'] }, [4]],
    [
      'a salary floor, periods on a yearly scale and the same currency',
      { salaryAtLeast: { amount: 50000, currency: 'EUR', period: 'YEAR' } },
      [1, 3, 7, 8, 9],
    ],
    [
      'a monthly salary floor',
      { salaryAtLeast: { amount: 4000, currency: 'EUR', period: 'MONTH' } },
      [1, 2, 3, 7, 8, 9, 10],
    ],
    ['a salary in pounds', { salaryAtLeast: { amount: 40000, currency: 'GBP', period: 'YEAR' } }, [11]],
    ['the last 24 hours', { postedWithin: 'DAY' }, [1, 5, 10]],
    ['the last week', { postedWithin: 'WEEK' }, [1, 2, 5, 6, 8, 10]],
    ['the last month', { postedWithin: 'MONTH' }, [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]],
  ];
  it.each(cases)('keeps %s', async (_name, filters, expected) => {
    expect(sorted(await found({ filters }))).toEqual(expected);
  });

  it('keeps companies by ID and combines filters', async () => {
    expect(sorted(await found({ filters: { companyIds: [companies.airbus.globalId] } }))).toEqual([7, 8, 10]);
    const combined = { companyIds: [companies.airbus.globalId], workplaceTypes: ['ON_SITE'], postedWithin: 'WEEK' };
    expect(await found({ filters: combined })).toEqual([10]);
    expect(await found({ query: 'développeur', filters: { locations: ['Lille'] } })).toEqual([5]);
  });

  it('keeps companies where a connection works, unless their employer is hidden from the viewer', async () => {
    expect(sorted(await found({ filters: { inMyNetwork: true } }, viewer.client))).toEqual([3, 4, 11]);
    const anonymous = await server.graphql(SEARCH, { filters: { inMyNetwork: true } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('facets', () => {
  it('counts each facet with every filter but its own', async () => {
    const result = await search({ filters: { workplaceTypes: ['HYBRID', 'ON_SITE'], postedWithin: 'MONTH' } });
    expect(result.totalCount).toBe(8);
    const { facets } = result;
    expect(counts(facets.contractTypes)).toEqual({ CDI: 4, CDD: 1, STAGE: 1, ALTERNANCE: 1, INTERIM: 1 });
    expect(counts(facets.workplaceTypes)).toEqual({ HYBRID: 4, ON_SITE: 4, REMOTE: 3 });
    expect(facets.postedWithin).toEqual([
      { value: 'DAY', count: 3 },
      { value: 'WEEK', count: 5 },
      { value: 'MONTH', count: 8 },
    ]);
    expect(counts(facets.seniorities)).toEqual({ MID_SENIOR: 2, ASSOCIATE: 3, INTERNSHIP: 1, ENTRY: 1, DIRECTOR: 1 });
    expect(counts(facets.jobFunctions)).toEqual({ ENGINEERING: 5, DATA: 1, HUMAN_RESOURCES: 1, FINANCE: 1 });
    expect(counts(facets.locations)).toEqual({ Paris: 3, Lyon: 1, Lille: 2, Toulouse: 2 });
    expect(facets.locations[0]).toEqual({ value: 'Paris', count: 3 });
    expect(facets.companies).toEqual([
      { id: companies.qonto.globalId, name: 'Qonto', count: 3 },
      expect.objectContaining({ count: 2 }),
      expect.objectContaining({ count: 2 }),
      { id: companies.doctolib.globalId, name: 'Doctolib', count: 1 },
    ]);
  });

  it('counts with the query too', async () => {
    const result = await search({ query: 'développeur', filters: { contractTypes: ['CDI'] } });
    expect(result.totalCount).toBe(1);
    expect(counts(result.facets.contractTypes)).toEqual({ CDI: 1, STAGE: 1, INTERIM: 1 });
    expect(counts(result.facets.locations)).toEqual({ Paris: 1 });
  });
});

describe('pagination', () => {
  const ids = (result: { edges: { node: { id: string } }[] }) => result.edges.map((edge) => edge.node.id);

  it.each(['RELEVANCE', 'DATE'])('walks every result once with %s and no query', async (sort) => {
    const walked: string[] = [];
    let after: string | undefined;
    do {
      const result = await search({ sort, first: 5, after });
      walked.push(...ids(result));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : undefined;
    } while (after);
    expect(walked).toHaveLength(12);
    expect(new Set(walked).size).toBe(12);
  });

  it.each(['RELEVANCE', 'DATE'])('walks the results of a query once with %s', async (sort) => {
    const walked: string[] = [];
    let after: string | undefined;
    do {
      const result = await search({ query: 'développeur java', sort, first: 1, after });
      walked.push(...ids(result));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : undefined;
    } while (after);
    expect(walked).toEqual(ids(await search({ query: 'développeur java', sort })));
    expect(walked).toEqual([posting[10]]);
  });
});

describe('bad input', () => {
  const codeOf = async (variables: Variables) =>
    (await server.graphql(SEARCH, variables)).errors?.[0]?.extensions?.code;

  it('refuses what a form could not send', async () => {
    expect(await codeOf({ query: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ filters: { locations: Array.from({ length: 21 }, (_, i) => `Ville ${i}`) } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf({ filters: { contractTypes: ['CDI_SUPER'] } })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ filters: { jobFunctions: ['ASTRONAUT'] } })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const relevanceCursor = (await search({ query: 'développeur', first: 1 })).pageInfo.endCursor;
    expect(await codeOf({ query: 'développeur', sort: 'DATE', after: relevanceCursor })).toBe('BAD_USER_INPUT');
  });
});

describe('search document', () => {
  const titlesFound = async (query: string) =>
    (await search({ query })).edges.map((edge: { node: { title: string } }) => edge.node.title);

  it('follows the company name and the skills (runs last: it adds a posting)', async () => {
    const admin = await buildMember(server);
    const bakery = await buildCompany(server, admin, { name: 'Ancienne Maison' });
    const { id } = await buildSearchPosting(server, bakery, { title: 'Boulanger', skills: ['Viennoiserie'] });
    expect(await titlesFound('viennoiseries')).toEqual(['Boulanger']);

    await server.db.query(`UPDATE company SET name = 'Fournil Moderne' WHERE id = $1`, [bakery.id]);
    expect(await titlesFound('fournil')).toEqual(['Boulanger']);
    expect(await titlesFound('fournl')).toEqual(['Boulanger']);

    await server.db.query(`DELETE FROM job_posting_skill WHERE posting_id = $1`, [id]);
    expect(await titlesFound('viennoiserie')).toEqual([]);
  });
});
