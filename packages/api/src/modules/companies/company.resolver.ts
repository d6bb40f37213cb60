import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { COMPANY_ROLES, type CompanyRole } from '@carnet/shared';
import { Public } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { Company, toCompany } from './company.types';

@Resolver(() => Company)
export class CompanyResolver {
  @Public()
  @Query(() => Company, { nullable: true, description: 'A company page by its slug.' })
  async company(@Arg('slug') slug: string, @Ctx() ctx: Context): Promise<Company | null> {
    const company = await ctx.services.companies.findBySlug(slug);
    return company ? toCompany(company) : null;
  }

  @FieldResolver(() => COMPANY_ROLES, { nullable: true, description: 'Your role at this company, if any.' })
  viewerRole(@Root() company: Company, @Ctx() ctx: Context): Promise<CompanyRole | null> {
    return ctx.loaders.viewerCompanyRole.load(company.companyId);
  }
}
