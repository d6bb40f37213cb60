import type { DataSource } from 'typeorm';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/relay';
import type { JobPostingEntity } from './job-posting.entity';
import { SavedJobEntity } from './saved-job.entity';

/** Saved jobs: a member's bookmarks of postings, kept whatever becomes of the posting (closed, expired). */
export class SavedJobService {
  constructor(private readonly db: DataSource) {}

  /** Saving twice keeps the first date. Drafts cannot be saved: the caller checks the posting is readable. */
  async save(memberId: string, posting: Pick<JobPostingEntity, 'id'>): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(SavedJobEntity)
      .values({ memberId, postingId: posting.id })
      .orIgnore()
      .execute();
  }

  async unsave(memberId: string, postingId: string): Promise<void> {
    await this.db.getRepository(SavedJobEntity).delete({ memberId, postingId });
  }

  /** Which of these postings the member saved, in key order. */
  async savedAmong(memberId: string, postingIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT posting_id::text AS id FROM saved_job WHERE member_id = $1 AND posting_id = ANY($2::bigint[])`,
      [memberId, postingIds],
    );
    const saved = new Set(rows.map((row) => row.id));
    return postingIds.map((id) => saved.has(id));
  }

  /** The member's saved jobs, the most recently saved first. */
  async list(memberId: string, args: ConnectionArgs): Promise<Page<SavedJobEntity>> {
    const query = this.db
      .getRepository(SavedJobEntity)
      .createQueryBuilder('s')
      .where('s.member_id = :memberId', { memberId });
    return paginate(
      query,
      {
        columns: ['s.created_at', 's.posting_id'],
        keyOf: (row) => [row.createdAt.toISOString(), row.postingId],
        descending: true,
      },
      args,
    );
  }
}
