import { CONTRACT_TYPES, SCOPES, WORKPLACE_TYPES, type ContractType, type WorkplaceType } from '@carnet/shared';
import { Arg, Args, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { Member, toMember } from '../members/member.type';
import '../members/open-to-work.types';

@InputType({ description: 'Narrows the candidates; an empty list or a missing field means any.' })
export class CandidateFiltersInput {
  @Field(() => [CONTRACT_TYPES], { defaultValue: [], description: 'Looking for at least one of these.' })
  contractTypes: ContractType[];

  @Field(() => [WORKPLACE_TYPES], {
    defaultValue: [],
    description: 'Open to at least one of these, or did not say.',
  })
  workplaceTypes: WorkplaceType[];

  @Field(() => String, {
    nullable: true,
    description: 'A city, region or country among those sought, or where they live; accents and case aside.',
  })
  location?: string | null;
}

export const OpenToWorkCandidateConnection = ConnectionType(Member, 'OpenToWorkCandidate');

@Resolver()
export class CandidateSearchResolver {
  @Requires(SCOPES.READ_JOBS, SCOPES.READ_PROFILE)
  @Query(() => OpenToWorkCandidateConnection, {
    description:
      'Members open to work, for members who recruit for a company (FORBIDDEN otherwise): those whose signal and ' +
      'its section every member may see, matched on the job titles sought and, where every member may see them, ' +
      'the headline, the skills and the place they live; most recently updated first. Members blocked either way ' +
      'are left out (totalCount counts them). Each profile reads as its visibility settings say.',
  })
  async openToWorkCandidates(
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('filters', () => CandidateFiltersInput, { nullable: true }) filters: CandidateFiltersInput | null,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const viewerId = ctx.viewer!.memberId;
    if (!(await ctx.loaders.isRecruiter.load(viewerId))) {
      throw forbidden('Only members who recruit for a company search candidates.');
    }
    const page = await ctx.services.candidateSearch.search(
      viewerId,
      {
        query,
        contractTypes: filters?.contractTypes ?? [],
        workplaceTypes: filters?.workplaceTypes ?? [],
        location: filters?.location ?? null,
      },
      args,
    );
    const members = await ctx.loaders.memberById.loadMany(page.items.map((item) => item.node));
    const items = page.items.flatMap((item, i) => {
      const member = members[i];
      return member && !(member instanceof Error) ? [{ cursor: item.cursor, node: toMember(member) }] : [];
    });
    return OpenToWorkCandidateConnection.from({ ...page, items });
  }
}
