import { SCOPES, type Scope } from '@carnet/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Node, toGlobalId } from '../../graphql/relay';
import type { AccessTokenEntity } from './access-token.entity';
import type { SessionEntity } from './session.entity';

registerEnumType(SCOPES, {
  name: 'Scope',
  description: 'What a personal access token may do; READ_PROFILE is `read:profile` in the web app.',
});

@ObjectType({ implements: Node, description: 'A personal access token; its secret is shown only when it is created.' })
export class AccessToken extends Node {
  @Field()
  name: string;

  @Field(() => [SCOPES])
  scopes: Scope[];

  @Field({ description: 'The first characters of the token, to recognise it.' })
  prefix: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null for a token that never expires.' })
  expiresAt: Date | null;
}

export function toAccessToken(entity: AccessTokenEntity): AccessToken {
  return Object.assign(new AccessToken(), {
    id: toGlobalId('AccessToken', entity.id),
    name: entity.name,
    scopes: entity.scopes,
    prefix: entity.tokenPrefix,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    expiresAt: entity.expiresAt,
  });
}

@ObjectType({ implements: Node, description: 'A signed-in browser or API client.' })
export class Session extends Node {
  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field({ description: 'True for the session this request is made with.' })
  current: boolean;
}

export function toSession(entity: SessionEntity, currentSessionId: string | null): Session {
  return Object.assign(new Session(), {
    id: toGlobalId('Session', entity.id),
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    expiresAt: entity.expiresAt,
    userAgent: entity.userAgent,
    current: entity.id === currentSessionId,
  });
}

export const AccessTokenConnection = ConnectionType(AccessToken);
export const SessionConnection = ConnectionType(Session);

@ObjectType({
  description: "The signed-in person's account: sign-in email, sessions and tokens. Only for a browser session.",
})
export class Account {
  memberId: string;

  @Field({ description: 'The sign-in email, never shown on the profile.' })
  email: string;

  @Field()
  createdAt: Date;
}
