import { toGlobalId } from '../src/graphql/relay';
import type { Measurement } from './jobs';
import { seedApplicants } from './seed-applications';

/**
 * The recruiter's applicants page, as the web app asks for it (ApplicantFields in
 * packages/web/src/features/applications/operations.ts): the live profile only for its name and link,
 * everything else from the snapshot sent with the application.
 */
export const APPLICANTS_PAGE = /* GraphQL */ `
  query BenchApplicants($id: ID!, $first: Int!, $stages: [ApplicationStage!]) {
    jobPosting(id: $id) {
      id
      title
      company {
        id
        name
      }
      applicants(first: $first, stages: $stages) {
        totalCount
        stageCounts {
          stage
          count
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            stage
            appliedAt
            coverLetter
            cvUrl
            cvFileName
            contactEmail
            contactPhone
            rejectionMessage
            applicant {
              id
              handle
              displayName
            }
            snapshot {
              displayName
              headline
              location {
                city
                region
                country
              }
              currentPosition {
                title
                companyName
              }
              experiences {
                title
                companyName
                startMonth
                endMonth
                current
              }
              education {
                school
                degree
                fieldOfStudy
                startYear
                endYear
              }
              skills
              languages {
                code
                proficiency
              }
            }
            answers {
              question {
                id
                kind
                prompt
              }
              yesNo
              text
              number
            }
            history {
              stage
              at
            }
            notes {
              id
              text
              createdAt
              author {
                id
                displayName
              }
            }
            connectionPath {
              members {
                id
                handle
                displayName
              }
            }
          }
        }
      }
    }
  }
`;

const APPLICANTS = 500;
/** Each applicant's connections among the generated members: paths to them cost what they cost in a network. */
const APPLICANT_CONNECTIONS = 30;

/**
 * The applicants page of a posting with 500 applicants, as one of its company's recruiters, `first` at a time
 * (the web app shows 20): the first posting of the generated data gets a recruiter with a median network and
 * its applicants, each connected to 30 members, the first time.
 */
export const applicantsMeasurement = (first: number): Measurement => ({
  name: `applicants: page of ${first} of ${APPLICANTS}`,
  targetP99Ms: 20,
  async setup({ db, sessionOf }) {
    const [posting] = await db.query<{ id: string; company_id: string }[]>(
      `SELECT id, company_id FROM job_posting WHERE state = 'OPEN' ORDER BY id LIMIT 1`,
    );
    if (!posting) throw new Error('no posting in the generated data');
    // A recruiter with a typical network (as many connections as the median member), chosen once.
    const [recruiter] = await db.query<{ id: string; connections: number }[]>(
      `SELECT member_id AS id, connections FROM connection_count
       WHERE member_id = coalesce(
         (SELECT member_id FROM company_role WHERE company_id = $1 AND role = 'RECRUITER' ORDER BY member_id LIMIT 1),
         (SELECT member_id FROM connection_count
          WHERE connections >= (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY connections) FROM connection_count)
          ORDER BY connections, member_id LIMIT 1))`,
      [posting.company_id],
    );
    await db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO company_role (company_id, member_id, role) VALUES ($1, $2, 'RECRUITER') ON CONFLICT DO NOTHING`,
        [posting.company_id, recruiter!.id],
      );
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM job_application WHERE posting_id = $1`,
        [posting.id],
      );
      if (count < APPLICANTS) {
        await seedApplicants(manager, {
          postingId: posting.id,
          count: APPLICANTS - count,
          noteAuthorId: recruiter!.id,
          connections: APPLICANT_CONNECTIONS,
        });
      }
    });
    return {
      query: APPLICANTS_PAGE,
      variables: () => ({ id: toGlobalId('JobPosting', posting.id), first }),
      token: await sessionOf(recruiter!.id),
      about: `posting ${posting.id}, ${APPLICANTS} applicants with ${APPLICANT_CONNECTIONS} connections each, as a recruiter of its company with ${recruiter!.connections}`,
    };
  },
});
