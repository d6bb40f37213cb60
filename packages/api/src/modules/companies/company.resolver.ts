import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COMPANY_ROLES, SCOPES, type CompanyRole } from '@carnet/shared';
import { Public, Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage } from '../../graphql/relay';
import { toUserErrors, type UserError } from '../../graphql/user-error';
import { toProfileImage } from '../media/media.type';
import type { CompanyResult } from './company.service';
import {
  CompaniesArgs,
  companyFieldsOf,
  CompanyFollowPayload,
  CompanyIdInput,
  CompanyImagePayload,
  CreateCompanyInput,
  CreateCompanyPayload,
  UpdateCompanyInput,
  UpdateCompanyPayload,
} from './company.inputs';
import { Company, CompanyConnection, CompanyCover, CompanyLogo, toCompany } from './company.types';

/** The payload of a change: the company, userErrors to show, or a top-level FORBIDDEN or NOT_FOUND. */
export function companyPayload(
  ctx: Context,
  result: CompanyResult,
): { company: Company | null; userErrors: UserError[] } {
  if (result.ok) return { company: toCompany(result.company), userErrors: [] };
  if ('refused' in result) {
    throw result.refused === 'FORBIDDEN'
      ? forbidden('Only the admins of this company page can do this.')
      : notFound('This company');
  }
  return { company: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

async function companyOrNotFound(ctx: Context, companyId: string): Promise<Company> {
  const company = await ctx.loaders.companyById.load(companyId);
  if (!company) throw notFound('This company');
  return toCompany(company);
}

/** Changing a page's images is for its admins. */
async function administeredCompany(ctx: Context, globalId: string): Promise<string> {
  const companyId = idOf(globalId, 'Company', 'companyId');
  await companyOrNotFound(ctx, companyId);
  if ((await ctx.loaders.viewerCompanyRole.load(companyId)) !== COMPANY_ROLES.ADMIN) {
    throw forbidden('Only the admins of this company page can do this.');
  }
  return companyId;
}

@Resolver(() => Company)
export class CompanyResolver {
  @Public()
  @Query(() => Company, { nullable: true, description: 'A company page by its slug.' })
  async company(@Arg('slug') slug: string, @Ctx() ctx: Context): Promise<Company | null> {
    const company = await ctx.services.companies.findBySlug(slug);
    return company ? toCompany(company) : null;
  }

  @Public()
  @Query(() => CompanyConnection, {
    description:
      'Company pages by name, best matches first (names starting with the query, then words, then look-alikes).',
  })
  async companies(@Args() { query, ...args }: CompaniesArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.companies.search(query ?? null, args);
    for (const { node } of page.items) ctx.loaders.companyById.prime(node.id, node);
    return CompanyConnection.from(mapPage(page, toCompany));
  }

  @Requires(SCOPES.READ_JOBS)
  @Query(() => CompanyConnection, {
    description: 'The companies where you are an admin or a recruiter (see viewerRole), in name order.',
  })
  async myCompanies(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return CompanyConnection.from(mapPage(await ctx.services.companies.mine(ctx.viewer!.memberId, args), toCompany));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CreateCompanyPayload, { description: 'Creates a company page; you become its admin.' })
  async createCompany(@Arg('input') input: CreateCompanyInput, @Ctx() ctx: Context): Promise<CreateCompanyPayload> {
    return companyPayload(ctx, await ctx.services.companies.create(ctx.viewer!.memberId, companyFieldsOf(input)));
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => UpdateCompanyPayload, { description: 'Changes a company page: for its admins.' })
  async updateCompany(@Arg('input') input: UpdateCompanyInput, @Ctx() ctx: Context): Promise<UpdateCompanyPayload> {
    const companyId = idOf(input.companyId, 'Company', 'companyId');
    const result = await ctx.services.companies.update(ctx.viewer!.memberId, companyId, companyFieldsOf(input));
    return companyPayload(ctx, result);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => CompanyFollowPayload, {
    description: 'Follows a company page (following it already changes nothing).',
  })
  followCompany(@Arg('input') input: CompanyIdInput, @Ctx() ctx: Context): Promise<CompanyFollowPayload> {
    return changeFollow(ctx, input, 'follow');
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => CompanyFollowPayload)
  unfollowCompany(@Arg('input') input: CompanyIdInput, @Ctx() ctx: Context): Promise<CompanyFollowPayload> {
    return changeFollow(ctx, input, 'unfollow');
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CompanyImagePayload, {
    description: 'Deletes a company’s logo: for its admins. Upload one with POST /uploads/company/<companyId>/logo.',
  })
  async removeCompanyLogo(@Arg('input') input: CompanyIdInput, @Ctx() ctx: Context): Promise<CompanyImagePayload> {
    const companyId = await administeredCompany(ctx, input.companyId);
    await ctx.services.media.remove({ companyId }, 'PHOTO');
    return { company: await companyOrNotFound(ctx, companyId), userErrors: [] };
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CompanyImagePayload, {
    description: 'Deletes a company’s cover: for its admins. Upload one with POST /uploads/company/<companyId>/cover.',
  })
  async removeCompanyCover(@Arg('input') input: CompanyIdInput, @Ctx() ctx: Context): Promise<CompanyImagePayload> {
    const companyId = await administeredCompany(ctx, input.companyId);
    await ctx.services.media.remove({ companyId }, 'COVER');
    return { company: await companyOrNotFound(ctx, companyId), userErrors: [] };
  }

  @FieldResolver(() => COMPANY_ROLES, { nullable: true, description: 'Your role at this company, if any.' })
  viewerRole(@Root() company: Company, @Ctx() ctx: Context): Promise<CompanyRole | null> {
    return ctx.loaders.viewerCompanyRole.load(company.companyId);
  }

  @FieldResolver(() => CompanyLogo, { nullable: true })
  async logo(@Root() company: Company, @Ctx() ctx: Context): Promise<CompanyLogo | null> {
    const file = (await ctx.loaders.mediaByCompany.load(company.companyId)).PHOTO;
    return file ? toProfileImage(CompanyLogo, file) : null;
  }

  @FieldResolver(() => CompanyCover, { nullable: true })
  async cover(@Root() company: Company, @Ctx() ctx: Context): Promise<CompanyCover | null> {
    const file = (await ctx.loaders.mediaByCompany.load(company.companyId)).COVER;
    return file ? toProfileImage(CompanyCover, file) : null;
  }

  @FieldResolver(() => Int)
  followersCount(@Root() company: Company, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.companyFollowerCount.load(company.companyId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you follow this company; false when signed out.' })
  viewerIsFollowing(@Root() company: Company, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.viewerFollowsCompany.load(company.companyId);
  }
}

async function changeFollow(
  ctx: Context,
  input: CompanyIdInput,
  change: 'follow' | 'unfollow',
): Promise<CompanyFollowPayload> {
  const companyId = idOf(input.companyId, 'Company', 'companyId');
  if (!(await ctx.services.companies[change](ctx.viewer!.memberId, companyId))) throw notFound('This company');
  return { company: await companyOrNotFound(ctx, companyId), userErrors: [] };
}
