import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AccessTokenService } from './modules/accounts/access-token.service';
import { AccountService } from './modules/accounts/account.service';
import { SessionService } from './modules/accounts/session.service';
import { SignInThrottle } from './modules/accounts/sign-in-throttle';
import { ConnectionService } from './modules/connections/connection.service';
import { CareerService } from './modules/members/career.service';
import { MemberService } from './modules/members/member.service';
import { SkillService } from './modules/skills/skill.service';

/** One instance of each module's service for the whole process; they hold no per-request state. */
export function createServices(db: DataSource, config: Config) {
  const members = new MemberService(db);
  const sessions = new SessionService(db, config.sessionTtlDays);
  const accessTokens = new AccessTokenService(db);
  const accounts = new AccountService(db, members, sessions, new SignInThrottle(config.signInThrottle));
  const connections = new ConnectionService();
  const career = new CareerService(db, members);
  const skills = new SkillService(db, members);
  return { db, members, sessions, accessTokens, accounts, connections, career, skills };
}

export type Services = ReturnType<typeof createServices>;
