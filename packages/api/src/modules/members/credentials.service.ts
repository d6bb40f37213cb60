import {
  CERTIFICATION_LIMITS,
  normalizeCertification,
  normalizeLanguages,
  normalizeLinks,
  validateCertification,
  validateLanguages,
  validateLinks,
  type CertificationFields,
  type LanguageFields,
  type LinkFields,
  type UserErrorDraft,
} from '@carnet/shared';
import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { groupByMember } from '../../db/rows';
import { saveEntry, type EntryResult } from './career.service';
import { CertificationEntity, LanguageEntity, LinkEntity } from './credentials.entity';
import type { MemberService } from './member.service';

export type ListResult = { ok: true } | { ok: false; errors: UserErrorDraft[] };

/** Languages, certifications and links: what a CV shows beside the career. */
export class CredentialService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
  ) {}

  /** Each member's languages in their order; one query for all the members. */
  async languagesOf(memberIds: readonly string[]): Promise<LanguageEntity[][]> {
    const rows = await this.db.getRepository(LanguageEntity).find({
      where: { memberId: In([...memberIds]) },
      order: { position: 'ASC' },
    });
    return groupByMember(rows, memberIds);
  }

  /** Each member's certifications, the latest issued first; one query for all the members. */
  async certificationsOf(memberIds: readonly string[]): Promise<CertificationEntity[][]> {
    const rows = await this.db.getRepository(CertificationEntity).find({
      where: { memberId: In([...memberIds]) },
      order: { issueMonth: 'DESC', id: 'DESC' },
    });
    return groupByMember(rows, memberIds);
  }

  async linksOf(memberIds: readonly string[]): Promise<LinkEntity[][]> {
    const rows = await this.db.getRepository(LinkEntity).find({
      where: { memberId: In([...memberIds]) },
      order: { position: 'ASC' },
    });
    return groupByMember(rows, memberIds);
  }

  /** Replaces the member's languages by this ordered list, in one transaction. */
  setLanguages(memberId: string, raw: readonly LanguageFields[]): Promise<ListResult> {
    const languages = normalizeLanguages(raw);
    return this.replaceList(LanguageEntity, memberId, languages, validateLanguages(languages));
  }

  /** Replaces the member's links by this ordered list, in one transaction. */
  setLinks(memberId: string, raw: readonly LinkFields[]): Promise<ListResult> {
    const links = normalizeLinks(raw);
    return this.replaceList(LinkEntity, memberId, links, validateLinks(links));
  }

  saveCertification(
    memberId: string,
    id: string | null,
    raw: CertificationFields,
  ): Promise<EntryResult<CertificationEntity>> {
    const fields = normalizeCertification(raw);
    return saveEntry(
      this.db,
      this.members,
      { target: CertificationEntity, memberId, id, fields },
      validateCertification(fields),
      CERTIFICATION_LIMITS.perMember,
    );
  }

  async removeCertification(memberId: string, id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const { affected } = await manager.getRepository(CertificationEntity).delete({ id, memberId });
      if (!affected) return false;
      await this.members.touch(manager, memberId);
      return true;
    });
  }

  /**
   * Deletes the member's rows and inserts the new ones with their positions. Touching the member row first
   * locks it, so that two concurrent replacements of one list run one after the other.
   */
  private async replaceList<E extends LanguageEntity | LinkEntity, F extends object>(
    target: new () => E,
    memberId: string,
    items: F[],
    errors: UserErrorDraft[],
  ): Promise<ListResult> {
    if (errors.length) return { ok: false, errors };
    await this.db.transaction(async (manager) => {
      await this.members.touch(manager, memberId);
      const repository = manager.getRepository(target);
      await repository.delete({ memberId } as FindOptionsWhere<E>);
      const rows = items.map((item, position) => ({ ...item, memberId, position }));
      if (rows.length) await repository.insert(rows as QueryDeepPartialEntity<E>[]);
    });
    return { ok: true };
  }
}
