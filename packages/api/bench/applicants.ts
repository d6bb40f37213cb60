import { graphql } from './http';
import { percentiles, timeRepeatedly } from './stats';

/** The recruiter's applicants page, as the web app asks for it: 50 applicants with all they show. */
export const APPLICANTS_PAGE = /* GraphQL */ `
  query BenchApplicants($id: ID!, $first: Int!, $stages: [ApplicationStage!]) {
    jobPosting(id: $id) {
      id
      title
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
        nodes {
          id
          stage
          appliedAt
          coverLetter
          cvUrl
          cvFileName
          contactEmail
          applicant {
            id
            handle
            displayName
            headline
          }
          snapshot {
            displayName
            headline
            currentPosition {
              title
              companyName
            }
            experiences {
              title
              companyName
              startMonth
              endMonth
            }
            education {
              school
              degree
            }
            skills
          }
          answers {
            question {
              prompt
              kind
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
            text
            createdAt
            author {
              displayName
            }
          }
          connectionPath {
            members {
              id
              displayName
            }
          }
        }
      }
    }
  }
`;

export interface ApplicantsMeasure {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Statements per request, fewest and most: equal when the page costs the same whatever it holds. */
  statements: { fewest: number; most: number };
  /** Applicants shown per page. */
  pageSize: number;
}

/**
 * Measures the applicants page of a posting on a running Carnet that counts statements (buildApp with a
 * statementCounter): `warmUp` requests first, then `requests` sequential ones, as the recruiter whose bearer
 * token (session or personal access token with read:jobs and read:network) is given.
 */
export async function measureApplicantsPage(
  url: string,
  token: string,
  postingId: string,
  { requests = 1000, warmUp = 50, first = 50 } = {},
): Promise<ApplicantsMeasure> {
  const statements: number[] = [];
  let pageSize = 0;
  const request = async () => {
    const result = await graphql(url, APPLICANTS_PAGE, { id: postingId, first }, token);
    statements.push(result.statements);
    const posting = result.data.jobPosting as { applicants: { nodes: unknown[] } } | null;
    if (!posting) throw new Error('the posting is not visible to this recruiter');
    pageSize = posting.applicants.nodes.length;
  };
  await timeRepeatedly(warmUp, request);
  statements.length = 0;
  const samples = await timeRepeatedly(requests, request);
  return {
    requests,
    ...percentiles(samples),
    statements: { fewest: Math.min(...statements), most: Math.max(...statements) },
    pageSize,
  };
}
