import type { JobPostingDetailsFragment } from '../../gql/graphql';

export const JOB_ID = 'Sm9iUG9zdGluZzo0Mg';
const DAY_MS = 86_400_000;

/** A posting as the API returns it, open, published three days ago. */
export function jobDetails(overrides: Partial<JobPostingDetailsFragment> = {}): JobPostingDetailsFragment {
  // Asserted: the fragment's type leaves out the __typename fields that cached results carry.
  return {
    __typename: 'JobPosting',
    id: JOB_ID,
    title: 'Développeuse React',
    descriptionHtml: '<p>Rejoignez une équipe <strong>bienveillante</strong>.</p><ul><li>React</li></ul>',
    state: 'OPEN',
    location: { __typename: 'Place', city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' },
    workplaceType: 'HYBRID',
    contractType: 'CDI',
    contractMonths: null,
    seniority: 'MID_SENIOR',
    jobFunction: 'ENGINEERING',
    salary: { __typename: 'Salary', min: 45000, max: 55000, currency: 'EUR', period: 'YEAR' },
    startDate: '2027-01-04',
    openings: 2,
    applyUrl: null,
    publishedAt: new Date(Date.now() - 3 * DAY_MS).toISOString(),
    expiresAt: new Date(Date.now() + 27 * DAY_MS).toISOString(),
    createdAt: new Date(Date.now() - 4 * DAY_MS).toISOString(),
    url: `https://carnet.example/jobs/${JOB_ID}`,
    shareText: `Offre d’emploi : Développeuse React chez Atelier Lumière (Lyon, CDI) https://carnet.example/jobs/${JOB_ID}`,
    viewerCanManage: false,
    viewerHasSaved: false,
    applicantsCount: 3,
    skills: [
      { __typename: 'Skill', name: 'React' },
      { __typename: 'Skill', name: 'TypeScript' },
    ],
    screeningQuestions: [
      {
        __typename: 'ScreeningQuestion',
        id: 'U2NyZWVuaW5nUXVlc3Rpb246MQ',
        kind: 'YES_NO',
        prompt: 'Permis B ?',
        required: true,
      },
    ],
    company: { __typename: 'Company', id: 'Q29tcGFueTo3', slug: 'atelier-lumiere', name: 'Atelier Lumière' },
    ...overrides,
  } as JobPostingDetailsFragment;
}
