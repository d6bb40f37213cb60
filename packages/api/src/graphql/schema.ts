import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { CareerResolver } from '../modules/members/career.resolver';
import { CompletenessResolver } from '../modules/members/completeness.resolver';
import { MemberResolver } from '../modules/members/member.resolver';
import { SkillResolver } from '../modules/skills/skill.resolver';
import { AuthChecker, denyUndeclaredRootFields } from './auth';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  MemberResolver,
  CareerResolver,
  SkillResolver,
  CompletenessResolver,
] as const;

export function buildCarnetSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker: AuthChecker,
    globalMiddlewares: [denyUndeclaredRootFields],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  });
}
