import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, Requires, SESSION_ONLY } from '../../graphql/auth';
import type { Context, Viewer } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import type { ClientInfo, Refused, SignedIn } from './account.service';
import {
  CreateAccessTokenInput,
  CreateAccessTokenPayload,
  RevokeAccessTokenInput,
  RevokeAccessTokenPayload,
  RevokeSessionInput,
  RevokeSessionPayload,
  SignInInput,
  SignInPayload,
  SignOutInput,
  SignOutPayload,
  SignUpInput,
  SignUpPayload,
} from './account.inputs';
import { Account, AccessTokenConnection, SessionConnection, toAccessToken, toSession } from './account.types';

export function clientOf(ctx: Context): ClientInfo {
  return { address: ctx.request.ip, userAgent: ctx.request.headers['user-agent'] ?? null };
}

type SessionViewer = Extract<Viewer, { kind: 'session' }>;
/** For fields behind @Requires(SESSION_ONLY), which the auth checker has already enforced. */
export function sessionViewer(ctx: Context): SessionViewer {
  return ctx.viewer as SessionViewer;
}

/** A browser gets the session in an HttpOnly cookie; an API client that asked for it gets the token in the payload. */
function signedInPayload(ctx: Context, result: SignedIn | Refused, issueBearerToken: boolean): SignUpPayload {
  if (!result.ok) return { member: null, token: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  if (!issueBearerToken) ctx.sessionCookie.set(result.secret);
  return { member: toMember(result.member), token: issueBearerToken ? result.secret : null, userErrors: [] };
}

@Resolver(() => Account)
export class AccountResolver {
  @Public()
  @Mutation(() => SignUpPayload, { description: 'Creates an account and signs in with it.' })
  async signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: Context): Promise<SignUpPayload> {
    return signedInPayload(ctx, await ctx.services.accounts.signUp(input, clientOf(ctx)), input.issueBearerToken);
  }

  @Public()
  @Mutation(() => SignInPayload)
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const result = await ctx.services.accounts.signIn(input.email, input.password, clientOf(ctx));
    return signedInPayload(ctx, result, input.issueBearerToken);
  }

  @Requires(SESSION_ONLY)
  @Mutation(() => SignOutPayload, { description: 'Ends this session, or every session of the account.' })
  async signOut(@Arg('input') input: SignOutInput, @Ctx() ctx: Context): Promise<SignOutPayload> {
    const viewer = sessionViewer(ctx);
    if (input.everywhere) await ctx.services.sessions.revokeAll(viewer.memberId);
    else await ctx.services.sessions.revoke(viewer.memberId, viewer.sessionId);
    ctx.sessionCookie.clear();
    return { userErrors: [] };
  }

  @Requires(SESSION_ONLY)
  @Query(() => Account)
  async account(@Ctx() ctx: Context): Promise<Account> {
    const account = await ctx.services.accounts.findAccount(sessionViewer(ctx).memberId);
    if (!account) throw notFound('This account');
    return Object.assign(new Account(), {
      memberId: account.memberId,
      email: account.email,
      createdAt: account.createdAt,
    });
  }

  @FieldResolver(() => Member)
  async member(@Root() account: Account, @Ctx() ctx: Context): Promise<Member> {
    const member = await ctx.loaders.memberById.load(account.memberId);
    if (!member) throw notFound('This member');
    return toMember(member);
  }

  @FieldResolver(() => AccessTokenConnection, { description: 'Live personal access tokens, newest first.' })
  async accessTokens(@Root() account: Account, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.accessTokens.listLive(account.memberId, args);
    return AccessTokenConnection.from(mapPage(page, toAccessToken));
  }

  @FieldResolver(() => SessionConnection, { description: 'Live sessions, newest first.' })
  async sessions(@Root() account: Account, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.sessions.listLive(account.memberId, args);
    const currentId = sessionViewer(ctx).sessionId;
    return SessionConnection.from(mapPage(page, (session) => toSession(session, currentId)));
  }

  @Requires(SESSION_ONLY)
  @Mutation(() => CreateAccessTokenPayload, {
    description: 'Creates a personal access token; its secret is in this payload only.',
  })
  async createAccessToken(
    @Arg('input') input: CreateAccessTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateAccessTokenPayload> {
    const result = await ctx.services.accessTokens.create(sessionViewer(ctx).memberId, input);
    if (!result.ok) return { accessToken: null, token: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    return { accessToken: toAccessToken(result.token), token: result.secret, userErrors: [] };
  }

  @Requires(SESSION_ONLY)
  @Mutation(() => RevokeAccessTokenPayload)
  async revokeAccessToken(
    @Arg('input') input: RevokeAccessTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeAccessTokenPayload> {
    const revoked = await ctx.services.accessTokens.revoke(sessionViewer(ctx).memberId, idOf(input.id, 'AccessToken'));
    if (!revoked) throw notFound('This token');
    return { revokedAccessTokenId: input.id, userErrors: [] };
  }

  @Requires(SESSION_ONLY)
  @Mutation(() => RevokeSessionPayload, { description: 'Signs out one of your other devices.' })
  async revokeSession(@Arg('input') input: RevokeSessionInput, @Ctx() ctx: Context): Promise<RevokeSessionPayload> {
    const revoked = await ctx.services.sessions.revoke(sessionViewer(ctx).memberId, idOf(input.id, 'Session'));
    if (!revoked) throw notFound('This session');
    return { revokedSessionId: input.id, userErrors: [] };
  }
}
