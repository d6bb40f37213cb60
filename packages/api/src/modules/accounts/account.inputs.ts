import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SCOPES, type Scope } from '@carnet/shared';
import { Member } from '../members/member.type';
import { Payload } from '../../graphql/user-error';
import { AccessToken } from './account.types';

@InputType()
export class SignUpInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field({
    defaultValue: false,
    description: 'For API clients: return the session token in the payload instead of setting a cookie.',
  })
  issueBearerToken: boolean;
}

@ObjectType()
export class SignUpPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;

  @Field(() => String, { nullable: true, description: 'The session token, only when issueBearerToken was true.' })
  token: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field({
    defaultValue: false,
    description: 'For API clients: return the session token in the payload instead of setting a cookie.',
  })
  issueBearerToken: boolean;
}

@ObjectType()
export class SignInPayload extends SignUpPayload {}

@InputType()
export class SignOutInput {
  @Field({ defaultValue: false, description: 'Also end every other session of this account.' })
  everywhere: boolean;
}

@ObjectType()
export class SignOutPayload extends Payload {}

@InputType()
export class CreateAccessTokenInput {
  @Field()
  name: string;

  @Field(() => [SCOPES])
  scopes: Scope[];

  @Field(() => Int, { nullable: true, description: '7, 30, 90 or 365; null for a token that never expires.' })
  expiresInDays: number | null;
}

@ObjectType()
export class CreateAccessTokenPayload extends Payload {
  @Field(() => AccessToken, { nullable: true })
  accessToken: AccessToken | null;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once only.' })
  token: string | null;
}

@InputType()
export class RevokeAccessTokenInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class RevokeAccessTokenPayload extends Payload {
  @Field(() => ID, { nullable: true })
  revokedAccessTokenId: string | null;
}

@ObjectType()
export class RevokeSessionPayload extends Payload {
  @Field(() => ID, { nullable: true })
  revokedSessionId: string | null;
}
