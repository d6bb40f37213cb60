import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Public } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { fromGlobalId } from '../../graphql/relay';
import { Company, toCompany } from '../companies/company.types';
import type { JobPostingEntity } from './job-posting.entity';
import { canReadPosting, managesJobs } from './job-posting.policy';
import { JobPosting, toJobPosting } from './job-posting.types';

/** The posting as this reader may see it: null for a draft outside its company's recruiters. */
export async function visibleJobPosting(ctx: Context, entity: JobPostingEntity | null): Promise<JobPosting | null> {
  if (!entity) return null;
  const role = await ctx.loaders.viewerCompanyRole.load(entity.companyId);
  return canReadPosting(entity, role) ? toJobPosting(entity) : null;
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

  @FieldResolver(() => Company)
  async company(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<Company> {
    return toCompany((await ctx.loaders.companyById.load(posting.entity.companyId))!);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you are an admin or recruiter of its company.' })
  async viewerCanManage(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<boolean> {
    return managesJobs(await ctx.loaders.viewerCompanyRole.load(posting.entity.companyId));
  }
}
