import {
  AUDIENCES,
  DEGREES,
  JOB_ALERT_FREQUENCIES,
  JOB_SEARCH_LIMITS,
  USER_ERROR_CODES,
  type JobAlertFrequency,
  type UserErrorDraft,
} from '@carnet/shared';
import { In, type DataSource } from 'typeorm';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/relay';
import { isInAudience } from '../members/profile.policy';
import { JobAlertEntity, JobAlertMatchEntity } from './job-alert.entity';
import { newPostingsSql, Sql, type JobSearchCriteria, type NetworkReader } from './job-search.sql';

export interface JobAlertFields {
  name: string;
  frequency: JobAlertFrequency;
}

export type JobAlertResult = { ok: true; alert: JobAlertEntity } | { ok: false; errors: UserErrorDraft[] };

/** How many alerts one run looks at, and how many new postings one alert keeps per run. */
export const COLLECTION_BOUNDS = { alertsPerRun: 500, matchesPerAlert: 100 };

const DAY_MS = 86_400_000;

/** The owner of an alert reads their connections' experience as a connection does. */
const OWNER_AUDIENCES = Object.values(AUDIENCES).filter((audience) =>
  isInAudience({ signedIn: true, degree: DEGREES.FIRST }, audience),
);

function checkName(name: string): UserErrorDraft[] {
  const trimmed = name.trim();
  if (!trimmed) return [{ field: 'name', code: USER_ERROR_CODES.REQUIRED }];
  if (trimmed.length > JOB_SEARCH_LIMITS.alertName) {
    return [{ field: 'name', code: USER_ERROR_CODES.TOO_LONG, params: { max: JOB_SEARCH_LIMITS.alertName } }];
  }
  return [];
}

/** Job alerts: saved searches, and the matches collected for them by a periodic run. */
export class JobAlertService {
  constructor(private readonly db: DataSource) {}

  async create(memberId: string, fields: JobAlertFields, criteria: JobSearchCriteria): Promise<JobAlertResult> {
    const errors = checkName(fields.name);
    if (errors.length) return { ok: false, errors };
    return this.db.transaction(async (manager) => {
      // Locks the member's row so that two creations at once cannot both pass the limit.
      await manager.query(`SELECT 1 FROM member WHERE id = $1 FOR UPDATE`, [memberId]);
      const repository = manager.getRepository(JobAlertEntity);
      if ((await repository.countBy({ memberId })) >= JOB_SEARCH_LIMITS.alertsPerMember) {
        const max = JOB_SEARCH_LIMITS.alertsPerMember;
        return { ok: false as const, errors: [{ field: '', code: USER_ERROR_CODES.LIMIT_REACHED, params: { max } }] };
      }
      const alert = await repository.save(
        repository.create({
          memberId,
          name: fields.name.trim(),
          frequency: fields.frequency,
          query: criteria.query,
          filters: criteria.filters,
        }),
      );
      return { ok: true as const, alert };
    });
  }

  /** Renames an alert or changes its frequency; null when it is not the member's. */
  async update(memberId: string, id: string, changes: Partial<JobAlertFields>): Promise<JobAlertResult | null> {
    const alert = await this.find(memberId, id);
    if (!alert) return null;
    const errors = changes.name != null ? checkName(changes.name) : [];
    if (errors.length) return { ok: false, errors };
    if (changes.name != null) alert.name = changes.name.trim();
    if (changes.frequency) alert.frequency = changes.frequency;
    alert.updatedAt = new Date();
    return { ok: true, alert: await this.db.getRepository(JobAlertEntity).save(alert) };
  }

  /** Deletes an alert and its matches; false when it is not the member's. */
  async delete(memberId: string, id: string): Promise<boolean> {
    const { affected } = await this.db.getRepository(JobAlertEntity).delete({ id, memberId });
    return (affected ?? 0) > 0;
  }

  find(memberId: string, id: string): Promise<JobAlertEntity | null> {
    return this.db.getRepository(JobAlertEntity).findOneBy({ id, memberId });
  }

  async findByIds(ids: readonly string[]): Promise<(JobAlertEntity | null)[]> {
    const rows = await this.db.getRepository(JobAlertEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  list(memberId: string, args: ConnectionArgs): Promise<Page<JobAlertEntity>> {
    const query = this.db
      .getRepository(JobAlertEntity)
      .createQueryBuilder('a')
      .where('a.member_id = :memberId', { memberId });
    const keyOf = (row: JobAlertEntity) => [row.createdAt.toISOString(), row.id];
    return paginate(query, { columns: ['a.created_at', 'a.id'], keyOf, descending: true }, args);
  }

  /** The member's matches, of one alert or of all, the newest first. */
  matches(memberId: string, alertId: string | null, args: ConnectionArgs): Promise<Page<JobAlertMatchEntity>> {
    const query = this.db
      .getRepository(JobAlertMatchEntity)
      .createQueryBuilder('m')
      .where('m.member_id = :memberId', { memberId });
    if (alertId) query.andWhere('m.alert_id = :alertId', { alertId });
    const keyOf = (row: JobAlertMatchEntity) => [row.matchedAt.toISOString(), row.id];
    return paginate(query, { columns: ['m.matched_at', 'm.id'], keyOf, descending: true }, args);
  }

  async unseenCount(memberId: string): Promise<number> {
    const [row] = await this.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM job_alert_match WHERE member_id = $1 AND seen_at IS NULL`,
      [memberId],
    );
    return row!.count;
  }

  /** Unseen matches of each alert, in key order. */
  async unseenCounts(alertIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ id: string; count: number }[]>(
      `SELECT alert_id::text AS id, count(*)::int AS count FROM job_alert_match
       WHERE alert_id = ANY($1::bigint[]) AND seen_at IS NULL GROUP BY alert_id`,
      [alertIds],
    );
    const counts = new Map(rows.map((row) => [row.id, row.count]));
    return alertIds.map((id) => counts.get(id) ?? 0);
  }

  async markSeen(memberId: string, alertId: string | null, now = new Date()): Promise<void> {
    await this.db.query(
      `UPDATE job_alert_match SET seen_at = $3
       WHERE member_id = $1 AND seen_at IS NULL AND ($2::bigint IS NULL OR alert_id = $2)`,
      [memberId, alertId, now],
    );
  }

  /**
   * One run: each due alert (instant ones every run, daily ones 24 hours after their last look) stores the
   * postings published since its last look that match its search. Bounded: at most alertsPerRun alerts, the
   * longest unchecked first, and matchesPerAlert postings each; one statement per alert. Returns the matches
   * stored.
   */
  async collectMatches(now = new Date()): Promise<number> {
    const due = await this.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM job_alert
       WHERE checked_at < $1 AND (frequency = $2 OR checked_at <= $3)
       ORDER BY checked_at, id LIMIT $4`,
      [now, JOB_ALERT_FREQUENCIES.INSTANT, new Date(now.getTime() - DAY_MS), COLLECTION_BOUNDS.alertsPerRun],
    );
    const alerts = await this.findByIds(due.map((row) => row.id));
    let stored = 0;
    for (const alert of alerts) {
      if (alert) stored += await this.collectFor(alert, now);
    }
    return stored;
  }

  private async collectFor(alert: JobAlertEntity, now: Date): Promise<number> {
    const sql = new Sql();
    const network: NetworkReader = { memberId: alert.memberId, audiences: OWNER_AUDIENCES };
    const criteria = { query: alert.query, filters: alert.filters };
    const ctes = newPostingsSql(sql, criteria, network, alert.checkedAt, now, COLLECTION_BOUNDS.matchesPerAlert);
    const [alertId, memberId, at] = [
      sql.param(alert.id, 'bigint'),
      sql.param(alert.memberId, 'bigint'),
      sql.param(now, 'timestamptz'),
    ];
    const [row] = await this.db.query<{ stored: number }[]>(
      `WITH ${ctes},
       stored AS (
         INSERT INTO job_alert_match (alert_id, member_id, posting_id, matched_at)
         SELECT ${alertId}, ${memberId}, id, ${at} FROM found
         ON CONFLICT (alert_id, posting_id) DO NOTHING RETURNING 1),
       checked AS (UPDATE job_alert SET checked_at = ${at} WHERE id = ${alertId})
       SELECT count(*)::int AS stored FROM stored`,
      sql.params,
    );
    return row?.stored ?? 0;
  }
}

/** Runs the collection every `seconds` in this process; returns the function that stops it. */
export function startJobAlertCollection(
  alerts: JobAlertService,
  seconds: number,
  onError: (error: unknown) => void,
): () => void {
  if (seconds <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    alerts
      .collectMatches()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
