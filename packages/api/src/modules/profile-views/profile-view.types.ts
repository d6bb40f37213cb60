import { PROFILE_VIEW_MODES, type ProfileViewMode } from '@carnet/shared';
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import { Member } from '../members/member.type';
import type { ProfileViewEntity } from './profile-view.entity';

registerEnumType(PROFILE_VIEW_MODES, {
  name: 'ProfileViewMode',
  description:
    'How you appear to the members whose profiles you view: by name and headline, as someone from your industry, or not at all.',
});

@ObjectType({ description: 'A member who viewed your profile without their name: only their industry then.' })
export class AnonymousProfileViewer {
  @Field(() => String, { nullable: true, description: 'Their industry when they viewed; null when they gave none.' })
  industry: string | null;
}

@ObjectType({ description: 'A member who viewed your profile in private mode: nothing else is told.' })
export class PrivateProfileViewer {
  @Field({ description: 'Always true.' })
  private: boolean;
}

export const ProfileViewer = createUnionType({
  name: 'ProfileViewer',
  description: 'Who viewed a profile, as much as they chose to show when they viewed it.',
  types: () => [Member, AnonymousProfileViewer, PrivateProfileViewer] as const,
});

@ObjectType({ description: 'Views of your profile by one member on one day.' })
export class ProfileView {
  /** The row behind it, for the viewer resolver; not exposed as such. */
  entity: ProfileViewEntity;

  @Field({ description: 'Their latest view that day.' })
  viewedAt: Date;
}

export const toProfileView = (entity: ProfileViewEntity): ProfileView =>
  Object.assign(new ProfileView(), { entity, viewedAt: entity.lastViewedAt });

export const ProfileViewConnection = ConnectionType(ProfileView);

@ObjectType({ description: 'Views of your profile during one ISO week (Monday to Sunday, UTC).' })
export class WeeklyProfileViews {
  @Field({ description: 'The Monday the week starts on, "YYYY-MM-DD".' })
  startsOn: string;

  @Field({ description: 'The ISO week, such as "2026-W48".' })
  isoWeek: string;

  @Field(() => Int, { description: 'Views that week, anonymous and private ones included.' })
  views: number;
}

@ObjectType({ description: 'How often your profile was viewed, by week.' })
export class ProfileViewStats {
  @Field(() => Int, { description: 'Views over all the weeks below.' })
  total: number;

  @Field(() => [WeeklyProfileViews], { description: 'Every week of the period, oldest first, the current one last.' })
  weeks: WeeklyProfileViews[];
}

@InputType()
export class RecordProfileViewInput {
  @Field(() => ID, { description: 'The Member whose profile was opened.' })
  memberId: string;
}

@ObjectType()
export class RecordProfileViewPayload extends Payload {
  @Field({
    description: 'False when you viewed your own profile; views by one member on one day count once.',
  })
  recorded: boolean;
}

@InputType()
export class SetProfileViewModeInput {
  @Field(() => PROFILE_VIEW_MODES)
  mode: ProfileViewMode;
}

@ObjectType()
export class SetProfileViewModePayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}
