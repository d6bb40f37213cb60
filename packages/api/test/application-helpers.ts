import { dbId } from './factories';
import { minimalPdf, uploadFile } from './files';
import { cookieHeader, type TestClient, type TestServer } from './server';

type Kind = 'YES_NO' | 'SHORT_TEXT' | 'NUMBER';

/** Screening questions on a posting, in order, written straight to the database; answers their global ids. */
export async function addScreeningQuestions(
  server: TestServer,
  posting: { id: string },
  questions: { kind: Kind; prompt: string; required?: boolean }[],
): Promise<string[]> {
  const rows = await server.db.query<{ id: string }[]>(
    `INSERT INTO job_screening_question (posting_id, position, kind, prompt, required)
     SELECT $1, p - 1, k, t, r FROM unnest($2::text[], $3::text[], $4::boolean[]) WITH ORDINALITY AS q(k, t, r, p)
     RETURNING id`,
    [
      posting.id,
      questions.map((q) => q.kind),
      questions.map((q) => q.prompt),
      questions.map((q) => q.required ?? true),
    ],
  );
  return rows.map((row) => Buffer.from(`ScreeningQuestion:${row.id}`).toString('base64url'));
}

/** A PDF whose bytes differ by a marker, so that two files are two files. */
export function pdfWith(marker: string): Buffer {
  return Buffer.concat([minimalPdf(), Buffer.from(`% ${marker}\n`)]);
}

/** Uploads a CV to the member's profile (POST /uploads/cv). */
export async function uploadProfileCv(server: TestServer, client: TestClient, bytes = pdfWith('profil')) {
  const result = await uploadFile(
    `${server.url}/uploads/cv`,
    { bytes, name: 'cv-profil.pdf', type: 'application/pdf' },
    { cookie: cookieHeader(client.cookies) },
  );
  if (result.body.userErrors?.length) throw new Error(JSON.stringify(result.body.userErrors));
}

/** Uploads a file for applying (POST /uploads/application-cv); answers the status and body. */
export function uploadApplicationCv(
  server: TestServer,
  client: TestClient,
  file: { bytes: Buffer; name?: string; type?: string },
) {
  return uploadFile(
    `${server.url}/uploads/application-cv`,
    { bytes: file.bytes, name: file.name ?? 'lettre.pdf', type: file.type ?? 'application/pdf' },
    { cookie: cookieHeader(client.cookies) },
  );
}

export const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyToJobInput!) {
    applyToJob(input: $input) {
      application {
        id
        status
        stage
        coverLetter
        cvUrl
        cvFileName
        snapshot {
          displayName
          headline
          experiences {
            title
            companyName
          }
          skills
        }
        answers {
          question {
            id
            kind
          }
          yesNo
          text
          number
        }
        history {
          status
          stage
        }
        notes {
          text
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

/** Applies with the profile's CV and these answers, as the member behind `client`; answers the payload. */
export async function apply(
  client: TestClient,
  posting: { globalId: string },
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const result = await client.graphql(APPLY, {
    input: {
      jobPostingId: posting.globalId,
      cv: { useProfileCv: true },
      contactEmail: 'candidate@example.fr',
      ...input,
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.applyToJob;
}

/** The number of rows of a table for this member (their applications, their CV copies). */
export async function countRows(server: TestServer, table: string, member: { member: { id: string } }) {
  const [row] = await server.db.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM ${table} WHERE member_id = $1`,
    [dbId(member.member.id)],
  );
  return row!.count;
}
