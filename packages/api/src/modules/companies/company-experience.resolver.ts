import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Experience } from '../members/career.types';
import { Company, toCompany } from './company.types';

@Resolver(() => Experience)
export class CompanyExperienceResolver {
  @FieldResolver(() => Company, {
    nullable: true,
    description: 'The company page it names, when there is one (chosen, or the only page of that name).',
  })
  async company(@Root() experience: Experience, @Ctx() ctx: Context): Promise<Company | null> {
    if (!experience.companyId) return null;
    const company = await ctx.loaders.companyById.load(experience.companyId);
    return company ? toCompany(company) : null;
  }
}
