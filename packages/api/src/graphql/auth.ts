import type { Scope } from '@carnet/shared';
import { GraphQLObjectType } from 'graphql';
import { Authorized, Extensions, type AuthCheckerInterface, type MiddlewareFn, type ResolverData } from 'type-graphql';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

/** A requirement that only a browser session meets: managing the account itself, never through a token. */
export const SESSION_ONLY = 'session';
type Requirement = Scope | typeof SESSION_ONLY;

const ACCESS = 'access';

/** Marks a root field open to anonymous readers; what it returns applies its own visibility rules. */
export function Public(): MethodDecorator {
  return Extensions({ [ACCESS]: 'public' });
}

/**
 * Requires a signed-in viewer and, for token clients, every scope listed. `SESSION_ONLY` refuses tokens.
 */
export function Requires(...requirements: Requirement[]): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(...requirements)(target, key, descriptor);
    Extensions({ [ACCESS]: requirements.length ? requirements.join(' ') : 'signed-in' })(target, key, descriptor);
  };
}

export class AuthChecker implements AuthCheckerInterface<Context, Requirement> {
  check({ context }: ResolverData<Context>, requirements: Requirement[]): boolean {
    const { viewer } = context;
    if (!viewer) throw unauthenticated();
    if (viewer.kind === 'session') return true;
    if (requirements.includes(SESSION_ONLY))
      throw forbidden('Personal access tokens cannot manage the account; sign in.');
    const missing = requirements.filter((r) => !viewer.scopes.has(r as Scope));
    if (missing.length) throw forbidden(`This token lacks the scope ${missing.join(', ')}.`);
    return true;
  }
}

export function accessOf(type: GraphQLObjectType, fieldName: string): string | undefined {
  const value = type.getFields()[fieldName]?.extensions?.[ACCESS];
  return typeof value === 'string' ? value : undefined;
}

/** Deny by default: a root field that declares neither @Public nor @Requires is refused at run time too. */
export const denyUndeclaredRootFields: MiddlewareFn<Context> = ({ info }, next) => {
  if (!info.path.prev && !accessOf(info.parentType, info.fieldName)) {
    throw forbidden(`${info.parentType.name}.${info.fieldName} declares no access rule.`);
  }
  return next();
};
