import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { COMPLETENESS_STEPS, completenessOf, type CompletenessStep } from './completeness';
import { Member } from './member.type';
import { ownerReading } from './profile.policy';

@ObjectType({ description: 'How complete your profile is and the next most useful step.' })
class ProfileCompleteness {
  @Field(() => Int, { description: '0 to 100.' })
  percent: number;

  @Field(() => COMPLETENESS_STEPS, { nullable: true, description: 'Null when there is nothing to do.' })
  nextStep: CompletenessStep | null;
}

@Resolver(() => Member)
export class CompletenessResolver {
  @FieldResolver(() => ProfileCompleteness, { nullable: true, description: 'Only for the member themselves.' })
  async completeness(@Root() member: Member, @Ctx() ctx: Context): Promise<ProfileCompleteness | null> {
    if (!(await ownerReading(member, ctx))) return null;
    const { entity } = member;
    const [experiences, education, skills, media] = await Promise.all([
      ctx.loaders.experiencesByMember.load(entity.id),
      ctx.loaders.educationByMember.load(entity.id),
      ctx.loaders.skillsByMember.load(entity.id),
      ctx.loaders.mediaByMember.load(entity.id),
    ]);
    return completenessOf({
      photo: !!media.PHOTO,
      headline: !!entity.headline,
      experiences: experiences.length,
      location: !!(entity.city || entity.region || entity.country),
      skills: skills.length,
      education: education.length,
      about: !!entity.about,
      contactInfo: !!(entity.contactEmail || entity.phone),
      updatedAt: entity.updatedAt,
    });
  }
}
