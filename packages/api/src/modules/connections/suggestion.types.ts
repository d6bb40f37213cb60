import { CONNECTION_SORTS, NETWORK_LIMITS, SUGGESTION_REASONS, type SuggestionReasonKind } from '@carnet/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Payload } from '../../graphql/user-error';
import { Member } from '../members/member.type';
import type { Suggestion } from './suggestion.service';

registerEnumType(SUGGESTION_REASONS, {
  name: 'SuggestionReasonKind',
  description:
    'Why a member is suggested: mutual connections, an employer they work at now or worked at, a school, or (once groups exist) a group you share.',
});
registerEnumType(CONNECTION_SORTS, {
  name: 'ConnectionSort',
  description: 'RECENT: the most recently connected first. NAME: by last name, then first name (accents aside).',
});

@ObjectType({ description: 'One reason to suggest a member, for the client to put into words.' })
export class SuggestionReason {
  @Field(() => SUGGESTION_REASONS)
  kind: SuggestionReasonKind;

  @Field(() => Int, { nullable: true, description: 'MUTUAL_CONNECTIONS: how many.' })
  count: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'WORKS_AT, WORKED_AT, STUDIED_AT: the company or school as you wrote it; SAME_GROUP: the group.',
  })
  name: string | null;
}

@ObjectType({ description: 'Someone you may know, with the reasons, strongest first.' })
export class SuggestedConnection {
  @Field(() => Member)
  member: Member;

  @Field(() => Int, { description: 'Mutual connections whose connections list you may see.' })
  mutualConnectionCount: number;

  @Field(() => [SuggestionReason])
  reasons: SuggestionReason[];
}

const reason = (kind: SuggestionReasonKind, count: number | null, name: string | null): SuggestionReason => ({
  kind,
  count,
  name,
});

/** The reasons of a suggestion in the order the web app shows them. */
export function reasonsOf(suggestion: Suggestion): SuggestionReason[] {
  const current = new Set(suggestion.currentCompanies);
  return [
    ...(suggestion.mutualCount ? [reason(SUGGESTION_REASONS.MUTUAL_CONNECTIONS, suggestion.mutualCount, null)] : []),
    ...suggestion.sharedCompanies.map((name) =>
      reason(current.has(name) ? SUGGESTION_REASONS.WORKS_AT : SUGGESTION_REASONS.WORKED_AT, null, name),
    ),
    ...suggestion.sharedSchools.map((name) => reason(SUGGESTION_REASONS.STUDIED_AT, null, name)),
  ];
}

@InputType()
export class DismissSuggestionInput {
  @Field(() => ID, { description: 'The Member not to suggest again.' })
  memberId: string;
}

@ObjectType()
export class DismissSuggestionPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@InputType()
export class FindMembersByEmailInput {
  @Field(() => [String], {
    description: `Up to ${NETWORK_LIMITS.emailsPerLookup} addresses; those that are not addresses are left out and counted.`,
  })
  emails: string[];
}

@ObjectType()
export class FindMembersByEmailPayload extends Payload {
  @Field(() => [Member], {
    description:
      'Members whose sign-in address is among those given and who let people find them by email; nobody else, whether or not they have an account.',
  })
  members: Member[];

  @Field(() => Int, { description: 'Entries left out because they are not email addresses.' })
  invalidCount: number;
}

@InputType()
export class SetFindableByEmailInput {
  @Field({ description: 'Whether members who know your sign-in address may find you with it.' })
  findable: boolean;
}

@ObjectType()
export class SetFindableByEmailPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}
