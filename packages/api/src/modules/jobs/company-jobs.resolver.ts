import { JOB_STATES, type JobState } from '@carnet/shared';
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, keysetWindow } from '../../graphql/relay';
import { Company } from '../companies/company.types';
import { managesJobs } from './job-posting.policy';
import { postingConnection } from './job-posting.resolver';
import { JobPostingConnection } from './job-posting.types';

@ArgsType()
class CompanyJobsArgs extends ConnectionArgs {
  @Field(() => [JOB_STATES], {
    nullable: true,
    description: "OPEN by default; the company's admins and recruiters may ask for any states, others get OPEN only.",
  })
  states?: JobState[] | null;
}

@Resolver(() => Company)
export class CompanyJobsResolver {
  @FieldResolver(() => JobPostingConnection, {
    description: 'Its job postings, the most recently published first.',
  })
  async jobs(@Root() company: Company, @Args() args: CompanyJobsArgs, @Ctx() ctx: Context) {
    const { companyId } = company;
    const role = await ctx.loaders.viewerCompanyRole.load(companyId);
    const states = managesJobs(role) && args.states?.length ? [...new Set(args.states)].sort() : [JOB_STATES.OPEN];
    const window = keysetWindow(args, 2);
    const rows = await ctx.loaders.companyJobPage.load({ companyId, states, window });
    return postingConnection(ctx, rows, window, () => ctx.loaders.companyJobCount.load({ companyId, states }));
  }
}
