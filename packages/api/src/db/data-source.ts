import { DataSource } from 'typeorm';
import { AccessTokenEntity } from '../modules/accounts/access-token.entity';
import { AccountEntity } from '../modules/accounts/account.entity';
import { SessionEntity } from '../modules/accounts/session.entity';
import { EducationEntity, ExperienceEntity } from '../modules/members/career.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { Foundation1763800000000 } from './migrations/1763800000000-foundation';
import { ProfileBasics1763900000000 } from './migrations/1763900000000-profile-basics';
import { HandleReservations1764000000000 } from './migrations/1764000000000-handle-reservations';
import { Career1764100000000 } from './migrations/1764100000000-career';
import { Skills1764200000000 } from './migrations/1764200000000-skills';

export const ENTITIES = [
  MemberEntity,
  AccountEntity,
  SessionEntity,
  AccessTokenEntity,
  ExperienceEntity,
  EducationEntity,
];

/** In order: a migration is never edited once committed, only followed by another. */
export const MIGRATIONS = [
  Foundation1763800000000,
  ProfileBasics1763900000000,
  HandleReservations1764000000000,
  Career1764100000000,
  Skills1764200000000,
];

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'carnet' },
  });
}
