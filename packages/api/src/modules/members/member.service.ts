import { In, type DataSource, type EntityManager } from 'typeorm';
import { handleCandidates } from './handle';
import { MemberEntity } from './member.entity';

export class MemberService {
  constructor(private readonly db: DataSource) {}

  /** Members by id in the order asked, null where none exists. */
  async findByIds(ids: readonly string[]): Promise<(MemberEntity | null)[]> {
    const rows = await this.db.getRepository(MemberEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Creates a member inside the caller's transaction, with the first free handle made from the name. */
  async create(manager: EntityManager, names: { firstName: string; lastName: string }): Promise<MemberEntity> {
    const candidates = handleCandidates(names.firstName, names.lastName);
    const taken = await manager
      .getRepository(MemberEntity)
      .find({ select: { handle: true }, where: { handle: In(candidates) } });
    const takenSet = new Set(taken.map((row) => row.handle.toLowerCase()));
    const handle = candidates.find((candidate) => !takenSet.has(candidate)) ?? candidates.at(-1)!;
    return manager.getRepository(MemberEntity).save(manager.create(MemberEntity, { ...names, handle }));
  }
}
