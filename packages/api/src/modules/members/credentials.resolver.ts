import { PROFILE_SECTIONS, SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage, pageFromList } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { RemoveEntryInput, RemoveEntryPayload } from './career.types';
import type { ListResult } from './credentials.service';
import {
  CertificationConnection,
  CertificationInput,
  ExternalLinkConnection,
  LanguageConnection,
  SaveCertificationPayload,
  SetLanguagesInput,
  SetLanguagesPayload,
  SetLinksInput,
  SetLinksPayload,
  toCertification,
  toExternalLink,
  toLanguage,
} from './credentials.types';
import { Member, toMember } from './member.type';
import { visibleEntries } from './profile.policy';

/** The member with their new list, or the userErrors of a replaced list. */
async function listPayload(ctx: Context, result: ListResult): Promise<SetLanguagesPayload & SetLinksPayload> {
  if (!result.ok) return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  const [entity] = await ctx.services.members.findByIds([ctx.viewer!.memberId]);
  return { member: toMember(entity!), userErrors: [] };
}

@Resolver(() => Member)
export class CredentialResolver {
  @FieldResolver(() => LanguageConnection, { description: 'Section LANGUAGES, in the order the member chose.' })
  async languages(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const rows = await visibleEntries(member, ctx, PROFILE_SECTIONS.LANGUAGES, () =>
      ctx.loaders.languagesByMember.load(member.memberId),
    );
    return LanguageConnection.from(
      mapPage(
        pageFromList(rows, args, (row) => row.code),
        (row) => toLanguage(row, ctx.locale),
      ),
    );
  }

  @FieldResolver(() => CertificationConnection, { description: 'Section CERTIFICATIONS: the latest issued first.' })
  async certifications(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const rows = await visibleEntries(member, ctx, PROFILE_SECTIONS.CERTIFICATIONS, () =>
      ctx.loaders.certificationsByMember.load(member.memberId),
    );
    return CertificationConnection.from(
      mapPage(
        pageFromList(rows, args, (row) => row.id),
        toCertification,
      ),
    );
  }

  @FieldResolver(() => ExternalLinkConnection, { description: 'Section LINKS, in the order the member chose.' })
  async links(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const rows = await visibleEntries(member, ctx, PROFILE_SECTIONS.LINKS, () =>
      ctx.loaders.linksByMember.load(member.memberId),
    );
    return ExternalLinkConnection.from(
      mapPage(
        pageFromList(rows, args, (row) => String(row.position)),
        toExternalLink,
      ),
    );
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetLanguagesPayload, {
    description: 'Replaces your languages by this ordered list (add, change, remove and reorder at once).',
  })
  async setLanguages(@Arg('input') input: SetLanguagesInput, @Ctx() ctx: Context): Promise<SetLanguagesPayload> {
    return listPayload(ctx, await ctx.services.credentials.setLanguages(ctx.viewer!.memberId, input.languages));
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetLinksPayload, {
    description: 'Replaces your links by this ordered list (add, change, remove and reorder at once).',
  })
  async setLinks(@Arg('input') input: SetLinksInput, @Ctx() ctx: Context): Promise<SetLinksPayload> {
    return listPayload(ctx, await ctx.services.credentials.setLinks(ctx.viewer!.memberId, input.links));
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SaveCertificationPayload, {
    description: 'Adds a certification to your profile, or changes one (with its id).',
  })
  async saveCertification(
    @Arg('input') { id, ...fields }: CertificationInput,
    @Ctx() ctx: Context,
  ): Promise<SaveCertificationPayload> {
    const entryId = id ? idOf(id, 'Certification') : null;
    const result = await ctx.services.credentials.saveCertification(ctx.viewer!.memberId, entryId, fields);
    if (result.ok) return { certification: toCertification(result.entry), userErrors: [] };
    if ('notFound' in result) throw notFound('This certification');
    return { certification: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => RemoveEntryPayload)
  async removeCertification(@Arg('input') input: RemoveEntryInput, @Ctx() ctx: Context): Promise<RemoveEntryPayload> {
    if (!(await ctx.services.credentials.removeCertification(ctx.viewer!.memberId, idOf(input.id, 'Certification'))))
      throw notFound('This certification');
    return { removedId: input.id, userErrors: [] };
  }
}
