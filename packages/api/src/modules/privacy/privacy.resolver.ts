import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Requires, SESSION_ONLY } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { clientOf, sessionViewer } from '../accounts/account.resolver';
import { exportDownloadUrl } from './export.route';
import { DeleteAccountInput, DeleteAccountPayload, ExportMyDataPayload } from './privacy.types';

@Resolver()
export class PrivacyResolver {
  @Requires(SESSION_ONLY)
  @Mutation(() => ExportMyDataPayload, {
    description: 'Prepares everything Carnet holds about you as one archive, behind a link valid 15 minutes, once.',
  })
  async exportMyData(@Ctx() ctx: Context): Promise<ExportMyDataPayload> {
    const { secret, expiresAt } = await ctx.services.dataExports.createLink(sessionViewer(ctx).memberId);
    return { downloadUrl: exportDownloadUrl(ctx.request, secret), expiresAt, userErrors: [] };
  }

  @Requires(SESSION_ONLY)
  @Mutation(() => DeleteAccountPayload, {
    description: 'Deletes your account and profile for good, then signs you out. See "Leaving Carnet".',
  })
  async deleteAccount(@Arg('input') input: DeleteAccountInput, @Ctx() ctx: Context): Promise<DeleteAccountPayload> {
    const { memberId } = sessionViewer(ctx);
    const result = await ctx.services.accountDeletion.deleteAccount(memberId, input.password, clientOf(ctx));
    if (!result.ok) return { deletedMemberId: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    ctx.sessionCookie.clear();
    return { deletedMemberId: toGlobalId('Member', memberId), userErrors: [] };
  }
}
