import { JOB_STATES, SCOPES, type JobState } from '@carnet/shared';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { ConnectionArgs, fromGlobalId, idOf, keysetWindow, pageOfRows, type KeysetWindow } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { requestOrigin } from '../../http/origin';
import { Company, toCompany } from '../companies/company.types';
import { Skill, toSkill } from '../skills/skill.resolver';
import type { JobPostingEntity } from './job-posting.entity';
import {
  CloseJobPostingPayload,
  CreateJobPostingInput,
  CreateJobPostingPayload,
  DuplicateJobPostingPayload,
  JobPostingIdInput,
  postingFieldsOf,
  PublishJobPostingPayload,
  ReopenJobPostingPayload,
  UpdateJobPostingInput,
  UpdateJobPostingPayload,
  type JobPostingPayload,
} from './job-posting.inputs';
import { canReadPosting, managesJobs } from './job-posting.policy';
import { listedKey, type ListedPosting } from './job-posting.queries';
import type { PostingResult } from './job-posting.service';
import {
  JobPosting,
  JobPostingConnection,
  ScreeningQuestion,
  toJobPosting,
  toScreeningQuestion,
} from './job-posting.types';
import { jobPageUrl } from './job-links';
import { buildShareText } from './share-text';

/** The posting as this reader may see it: null for a draft outside its company's recruiters. */
export async function visibleJobPosting(ctx: Context, entity: JobPostingEntity | null): Promise<JobPosting | null> {
  if (!entity) return null;
  const role = await ctx.loaders.viewerCompanyRole.load(entity.companyId);
  return canReadPosting(entity, role) ? toJobPosting(entity) : null;
}

/** A page of listed postings, loaded through the per-request loader (one statement for the page). */
export async function postingConnection(
  ctx: Context,
  rows: ListedPosting[],
  window: KeysetWindow,
  count: () => Promise<number>,
) {
  const page = pageOfRows(rows, window, listedKey);
  const entities = await ctx.loaders.jobPostingById.loadMany(page.items.map((item) => item.node.id));
  const items = page.items.flatMap((item, i) => {
    const entity = entities[i];
    return entity && !(entity instanceof Error) ? [{ cursor: item.cursor, node: toJobPosting(entity) }] : [];
  });
  return JobPostingConnection.from({ ...page, items, count });
}

function payloadOf(ctx: Context, result: PostingResult): JobPostingPayload {
  if (result.ok) return { jobPosting: toJobPosting(result.posting), userErrors: [] };
  if ('denied' in result) {
    if (result.denied === 'NOT_FOUND') throw notFound('This job posting');
    throw forbidden('Only the admins and recruiters of its company manage a job posting.');
  }
  return { jobPosting: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

@ArgsType()
class ManagedJobPostingsArgs extends ConnectionArgs {
  @Field(() => [JOB_STATES], { nullable: true, description: 'Any of them by default.' })
  states?: JobState[] | null;
}

@Resolver(() => JobPosting)
export class JobPostingResolver {
  @Public()
  @Query(() => JobPosting, {
    nullable: true,
    description: 'A job posting by ID; null when it does not exist or is a draft you do not manage.',
  })
  async jobPosting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<JobPosting | null> {
    const parsed = fromGlobalId(id);
    if (parsed?.typeName !== 'JobPosting') return null;
    return visibleJobPosting(ctx, await ctx.loaders.jobPostingById.load(parsed.id));
  }

  @Requires(SCOPES.READ_JOBS)
  @Query(() => JobPostingConnection, {
    description: 'The postings of every company where you are an admin or recruiter, newest first.',
  })
  async managedJobPostings(@Args() args: ManagedJobPostingsArgs, @Ctx() ctx: Context) {
    const window = keysetWindow(args, 2);
    const states = args.states?.length ? args.states : Object.values(JOB_STATES);
    const companyIds = await ctx.services.companies.managedCompanyIds(ctx.viewer!.memberId);
    const { lists } = ctx.services.jobPostings;
    const now = new Date();
    const rows = await lists.pageAcross(companyIds, states, window, now);
    return postingConnection(ctx, rows, window, () => lists.countAcross(companyIds, states, now));
  }

  @FieldResolver(() => Company)
  async company(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<Company> {
    return toCompany((await ctx.loaders.companyById.load(posting.entity.companyId))!);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you are an admin or recruiter of its company.' })
  async viewerCanManage(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<boolean> {
    return managesJobs(await ctx.loaders.viewerCompanyRole.load(posting.entity.companyId));
  }

  @FieldResolver(() => [Skill], { description: 'Required skills, in the order the recruiter gave them.' })
  async skills(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<Skill[]> {
    return (await ctx.loaders.skillsByPosting.load(posting.postingId)).map(toSkill);
  }

  @FieldResolver(() => [ScreeningQuestion], { description: 'What candidates answer when they apply, in order.' })
  async screeningQuestions(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<ScreeningQuestion[]> {
    return (await ctx.loaders.screeningQuestionsByPosting.load(posting.postingId)).map(toScreeningQuestion);
  }

  @FieldResolver(() => String, { description: 'The absolute address of its web page.' })
  url(@Root() posting: JobPosting, @Ctx() ctx: Context): string {
    return jobPageUrl(requestOrigin(ctx.request), posting.id);
  }

  @FieldResolver(() => String, {
    description:
      'A post announcing the job, with its link, in your language: at most 280 characters as X counts them ' +
      '(a link counts 23).',
  })
  async shareText(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<string> {
    const { entity } = posting;
    const company = await ctx.loaders.companyById.load(entity.companyId);
    return buildShareText(
      { ...entity, companyName: company!.name },
      jobPageUrl(requestOrigin(ctx.request), posting.id),
      ctx.locale,
    );
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CreateJobPostingPayload, {
    description: 'Writes a job posting for a company you recruit for: a draft, or open at once with `publish`.',
  })
  async createJobPosting(@Arg('input') input: CreateJobPostingInput, @Ctx() ctx: Context) {
    const companyId = idOf(input.companyId, 'Company', 'companyId');
    const fields = postingFieldsOf(input);
    return payloadOf(
      ctx,
      await ctx.services.jobPostings.create(ctx.viewer!.memberId, companyId, fields, input.publish),
    );
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => UpdateJobPostingPayload, {
    description:
      'Replaces every field of a posting, its skills and screening questions included. A question sent with its ' +
      'id, or unchanged in kind and wording, keeps its id and the answers given to it; a removed question takes ' +
      'its answers with it.',
  })
  async updateJobPosting(@Arg('input') input: UpdateJobPostingInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobPosting');
    return payloadOf(ctx, await ctx.services.jobPostings.update(ctx.viewer!.memberId, id, postingFieldsOf(input)));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => PublishJobPostingPayload, { description: 'DRAFT → OPEN: candidates see it and apply.' })
  async publishJobPosting(@Arg('input') input: JobPostingIdInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobPosting');
    return payloadOf(ctx, await ctx.services.jobPostings.publish(ctx.viewer!.memberId, id));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CloseJobPostingPayload, {
    description: 'OPEN or EXPIRED → CLOSED: it stays readable by link and takes no more applications.',
  })
  async closeJobPosting(@Arg('input') input: JobPostingIdInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobPosting');
    return payloadOf(ctx, await ctx.services.jobPostings.close(ctx.viewer!.memberId, id));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => ReopenJobPostingPayload, {
    description: 'CLOSED or EXPIRED → OPEN, with a fresh expiry 30 days from now.',
  })
  async reopenJobPosting(@Arg('input') input: JobPostingIdInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobPosting');
    return payloadOf(ctx, await ctx.services.jobPostings.reopen(ctx.viewer!.memberId, id));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => DuplicateJobPostingPayload, {
    description: 'A new DRAFT with the same fields, skills and screening questions.',
  })
  async duplicateJobPosting(@Arg('input') input: JobPostingIdInput, @Ctx() ctx: Context) {
    const id = idOf(input.id, 'JobPosting');
    return payloadOf(ctx, await ctx.services.jobPostings.duplicate(ctx.viewer!.memberId, id));
  }
}
