import { LIMITS, SCOPES } from '@carnet/shared';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { toAccessToken, toSession } from '../modules/accounts/account.types';
import { toInvitation } from '../modules/connections/connection.types';
import { visibleIntroduction } from '../modules/connections/introduction.resolver';
import { toCompany } from '../modules/companies/company.types';
import { visibleJobPosting } from '../modules/jobs/job-posting.resolver';
import { visibleApplication } from '../modules/applications/application.resolver';
import { toMember } from '../modules/members/member.type';
import { Public } from './auth';
import { viewerHasScope, type Context } from './context';
import { badUserInput } from './errors';
import { fromGlobalId, Node } from './relay';

type NodeSource = (ctx: Context, ids: string[]) => Promise<Node[]>;

const ownedBySession = (ctx: Context) => (ctx.viewer?.kind === 'session' ? ctx.viewer : null);

/** How each node type is fetched by id, with the visibility rules of its module applied. */
const NODE_SOURCES: Record<string, NodeSource> = {
  Member: async (ctx, ids) => {
    const members = await ctx.loaders.memberById.loadMany(ids);
    return members.flatMap((member) => (member && !(member instanceof Error) ? [toMember(member)] : []));
  },
  Invitation: async (ctx, ids) => {
    const viewer = ctx.viewer;
    if (!viewer || !viewerHasScope(viewer, SCOPES.READ_NETWORK)) return [];
    const invitations = await ctx.loaders.invitationById.loadMany(ids);
    return invitations.flatMap((invitation) =>
      invitation &&
      !(invitation instanceof Error) &&
      [invitation.senderId, invitation.recipientId].includes(viewer.memberId)
        ? [toInvitation(invitation)]
        : [],
    );
  },
  Introduction: async (ctx, ids) => {
    const introductions = await ctx.loaders.introductionById.loadMany(ids);
    return introductions.flatMap((entity) => {
      const visible = entity instanceof Error ? null : visibleIntroduction(ctx, entity);
      return visible ? [visible] : [];
    });
  },
  Company: async (ctx, ids) => {
    const companies = await ctx.loaders.companyById.loadMany(ids);
    return companies.flatMap((company) => (company && !(company instanceof Error) ? [toCompany(company)] : []));
  },
  JobPosting: async (ctx, ids) => {
    const postings = await ctx.loaders.jobPostingById.loadMany(ids);
    const visible = await Promise.all(
      postings.map((posting) => visibleJobPosting(ctx, posting instanceof Error ? null : posting)),
    );
    return visible.flatMap((posting) => (posting ? [posting] : []));
  },
  JobApplication: async (ctx, ids) => {
    const entities = await ctx.loaders.applicationById.loadMany(ids);
    const visible = await Promise.all(
      entities.map((entity) => visibleApplication(ctx, entity instanceof Error ? null : entity)),
    );
    return visible.flatMap((application) => (application ? [application] : []));
  },
  AccessToken: async (ctx, ids) => {
    const viewer = ownedBySession(ctx);
    return viewer ? (await ctx.services.accessTokens.findOwnedLive(viewer.memberId, ids)).map(toAccessToken) : [];
  },
  Session: async (ctx, ids) => {
    const viewer = ownedBySession(ctx);
    if (!viewer) return [];
    return (await ctx.services.sessions.findOwnedLive(viewer.memberId, ids)).map((s) => toSession(s, viewer.sessionId));
  },
};

/** Fetches nodes by global id, one query per type; unknown, malformed or invisible ids give null. */
async function loadNodes(ctx: Context, globalIds: readonly string[]): Promise<(Node | null)[]> {
  const idsByType = new Map<string, string[]>();
  for (const parsed of globalIds.map(fromGlobalId)) {
    if (parsed && NODE_SOURCES[parsed.typeName]) {
      idsByType.set(parsed.typeName, [...(idsByType.get(parsed.typeName) ?? []), parsed.id]);
    }
  }
  const found = new Map<string, Node>();
  await Promise.all(
    [...idsByType].map(async ([typeName, ids]) => {
      for (const node of await NODE_SOURCES[typeName]!(ctx, ids)) found.set(node.id, node);
    }),
  );
  return globalIds.map((id) => found.get(id) ?? null);
}

@Resolver()
export class NodeResolver {
  @Public()
  @Query(() => Node, {
    nullable: true,
    description: 'Fetches any object by its global ID; null when it does not exist or is hidden from you.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const [node] = await loadNodes(ctx, [id]);
    return node ?? null;
  }

  @Public()
  @Query(() => [Node], {
    nullable: 'items',
    description: `Up to ${LIMITS.nodesPerRequest} objects by global ID, in the order asked.`,
  })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > LIMITS.nodesPerRequest)
      throw badUserInput(`At most ${LIMITS.nodesPerRequest} ids at once.`, 'ids');
    return loadNodes(ctx, ids);
  }
}
