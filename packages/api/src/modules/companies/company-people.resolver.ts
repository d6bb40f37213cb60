import { PROFILE_SECTIONS, SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import { viewerHasScope, type Context } from '../../graphql/context';
import { ConnectionArgs, idOf, pageFromList, type Page } from '../../graphql/relay';
import { toMember, type Member } from '../members/member.type';
import { canSeeSection } from '../members/profile.policy';
import type { EmployeeCandidate } from './company-people.service';
import { employeeReader, needsDegree } from './company.policy';
import { companyPayload } from './company.resolver';
import { CompanyRolePayload, RemoveCompanyRoleInput, SetCompanyRoleInput } from './company.inputs';
import { Company, CompanyEmployeeConnection, CompanyPersonConnection, ConnectionsWorkingHere } from './company.types';

/** How many of the viewer's connections working at a company are named. */
const CONNECTIONS_SHOWN = 3;

/**
 * The company's current employees whom this request may see: those whose EXPERIENCE section is open to the
 * reader (read as anonymous for a token without read:profile, as profile.policy does). A hidden member is absent.
 */
async function visibleEmployees(ctx: Context, company: Company): Promise<EmployeeCandidate[]> {
  const candidates = await ctx.loaders.companyEmployeeCandidates.load(company.companyId);
  const viewer = ctx.viewer && viewerHasScope(ctx.viewer, SCOPES.READ_PROFILE) ? ctx.viewer.memberId : null;
  const unknown = viewer ? candidates.filter((candidate) => needsDegree(candidate, viewer)) : [];
  const found = await ctx.loaders.degreeFromViewer.loadMany(unknown.map((candidate) => candidate.memberId));
  const degrees = new Map(unknown.map((candidate, i) => [candidate.memberId, found[i]]));
  return candidates.filter((candidate) => {
    const degree = degrees.get(candidate.memberId);
    const reader = employeeReader(viewer, candidate, degree instanceof Error ? undefined : degree);
    return canSeeSection(reader, candidate.visibility, PROFILE_SECTIONS.EXPERIENCE);
  });
}

/** A page of rows naming members, as edges to those members (leaving out any gone meanwhile) with facts of `edge`. */
async function memberEdges<T, E extends object>(
  ctx: Context,
  page: Page<T>,
  memberIdOf: (row: T) => string,
  edge: (row: T) => E,
): Promise<Page<Member, E>> {
  const members = await ctx.loaders.memberById.loadMany(page.items.map((item) => memberIdOf(item.node)));
  const items = page.items.flatMap((item, i) => {
    const entity = members[i];
    return entity && !(entity instanceof Error)
      ? [{ cursor: item.cursor, node: toMember(entity), ...edge(item.node) }]
      : [];
  });
  return { ...page, items };
}

@Resolver(() => Company)
export class CompanyPeopleResolver {
  @FieldResolver(() => CompanyPersonConnection, {
    description: 'Its admins and recruiters with their role, admins first: only for them; empty for anyone else.',
  })
  async people(@Root() company: Company, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const role = await ctx.loaders.viewerCompanyRole.load(company.companyId);
    const roles = role ? await ctx.loaders.companyRoles.load(company.companyId) : [];
    const page = pageFromList(roles, args, (row) => row.memberId);
    return CompanyPersonConnection.from(
      await memberEdges(
        ctx,
        page,
        (row) => row.memberId,
        (row) => ({ role: row.role, since: row.createdAt }),
      ),
    );
  }

  @FieldResolver(() => CompanyEmployeeConnection, {
    description:
      'Members whose current experience links to this page, the latest arrived first; only those whose ' +
      'EXPERIENCE section you may see (totalCount counts only them).',
  })
  async employees(@Root() company: Company, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const visible = await visibleEmployees(ctx, company);
    const page = pageFromList(visible, args, (candidate) => candidate.memberId);
    return CompanyEmployeeConnection.from(
      await memberEdges(
        ctx,
        page,
        (row) => row.memberId,
        ({ title, startMonth }) => ({ title, startMonth }),
      ),
    );
  }

  @FieldResolver(() => Int, { description: 'How many members work here, counting those you may see.' })
  async employeeCount(@Root() company: Company, @Ctx() ctx: Context): Promise<number> {
    return (await visibleEmployees(ctx, company)).length;
  }

  @FieldResolver(() => ConnectionsWorkingHere, {
    description: '"N of your connections work here": empty when signed out or for a token without read:network.',
  })
  async connectionsWorkingHere(@Root() company: Company, @Ctx() ctx: Context): Promise<ConnectionsWorkingHere> {
    if (!ctx.viewer || !viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) return { totalCount: 0, members: [] };
    const connections = (await visibleEmployees(ctx, company)).filter((candidate) => candidate.connected);
    const shown = await ctx.loaders.memberById.loadMany(
      connections.slice(0, CONNECTIONS_SHOWN).map((candidate) => candidate.memberId),
    );
    const members = shown.flatMap((entity) => (entity && !(entity instanceof Error) ? [toMember(entity)] : []));
    return { totalCount: connections.length, members };
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CompanyRolePayload, {
    description: 'Makes a member an admin or a recruiter of a company, or changes their role: for its admins.',
  })
  async setCompanyRole(@Arg('input') input: SetCompanyRoleInput, @Ctx() ctx: Context): Promise<CompanyRolePayload> {
    const companyId = idOf(input.companyId, 'Company', 'companyId');
    const memberId = idOf(input.memberId, 'Member', 'memberId');
    const result = await ctx.services.companyPeople.setRole(ctx.viewer!.memberId, companyId, memberId, input.role);
    return companyPayload(ctx, result);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => CompanyRolePayload, {
    description:
      'Ends a member’s role at a company: any role for its admins, your own for anyone; never the last admin’s.',
  })
  async removeCompanyRole(
    @Arg('input') input: RemoveCompanyRoleInput,
    @Ctx() ctx: Context,
  ): Promise<CompanyRolePayload> {
    const companyId = idOf(input.companyId, 'Company', 'companyId');
    const memberId = idOf(input.memberId, 'Member', 'memberId');
    const result = await ctx.services.companyPeople.removeRole(ctx.viewer!.memberId, companyId, memberId);
    return companyPayload(ctx, result);
  }
}
