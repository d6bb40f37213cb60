import {
  LANGUAGE_LIMITS,
  LANGUAGE_PROFICIENCIES,
  languageName,
  LINK_KINDS,
  LINK_LIMITS,
  type LanguageProficiency,
  type LinkKind,
  type Locale,
} from '@carnet/shared';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, toGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import type { CertificationEntity, LanguageEntity, LinkEntity } from './credentials.entity';
import { Member } from './member.type';

registerEnumType(LANGUAGE_PROFICIENCIES, {
  name: 'LanguageProficiency',
  description: 'A level of the Common European Framework of Reference (A1 to C2), or NATIVE.',
});
registerEnumType(LINK_KINDS, {
  name: 'LinkKind',
  description: 'What a link leads to; WEB_CV is an online CV such as DoYouBuzz.',
});

@ObjectType({ description: 'A language the member speaks.' })
export class Language {
  @Field({ description: 'ISO 639-1 code, such as "fr".' })
  code: string;

  @Field({ description: "The language's name in the reader's language (Accept-Language)." })
  name: string;

  @Field(() => LANGUAGE_PROFICIENCIES)
  proficiency: LanguageProficiency;
}

export const toLanguage = (entity: LanguageEntity, locale: Locale): Language => ({
  code: entity.code,
  name: languageName(entity.code, locale),
  proficiency: entity.proficiency,
});

@ObjectType({ description: 'A certification or licence.' })
export class Certification {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  issuingOrganization: string | null;

  @Field({ description: 'Month it was issued, "YYYY-MM".' })
  issueMonth: string;

  @Field(() => String, { nullable: true, description: 'Month it expires, "YYYY-MM"; null when it does not.' })
  expiryMonth: string | null;

  @Field(() => String, { nullable: true })
  credentialId: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address where the credential can be checked.' })
  credentialUrl: string | null;
}

export const toCertification = (entity: CertificationEntity): Certification => ({
  id: toGlobalId('Certification', entity.id),
  name: entity.name,
  issuingOrganization: entity.issuingOrganization,
  issueMonth: entity.issueMonth,
  expiryMonth: entity.expiryMonth,
  credentialId: entity.credentialId,
  credentialUrl: entity.credentialUrl,
});

@ObjectType({ description: 'A link from a profile to elsewhere on the web. Open it with rel="nofollow noopener".' })
export class ExternalLink {
  @Field(() => LINK_KINDS)
  kind: LinkKind;

  @Field({ description: 'An http(s) address.' })
  url: string;

  @Field(() => String, { nullable: true })
  label: string | null;
}

export const toExternalLink = ({ kind, url, label }: LinkEntity): ExternalLink => ({ kind, url, label });

export const LanguageConnection = ConnectionType(Language);
export const CertificationConnection = ConnectionType(Certification);
export const ExternalLinkConnection = ConnectionType(ExternalLink);

@InputType()
export class LanguageInput {
  @Field({ description: 'ISO 639-1 code, such as "fr".' })
  code: string;

  @Field(() => LANGUAGE_PROFICIENCIES)
  proficiency: LanguageProficiency;
}

@InputType()
export class SetLanguagesInput {
  @Field(() => [LanguageInput], {
    description: `Your languages in the order to show them, each once, at most ${LANGUAGE_LIMITS.perMember}.`,
  })
  languages: LanguageInput[];
}

@InputType()
export class CertificationInput {
  @Field(() => ID, { nullable: true, description: 'The certification to change; absent to add one.' })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  issuingOrganization: string | null;

  @Field({ description: '"YYYY-MM", not in the future.' })
  issueMonth: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM", not before the issue.' })
  expiryMonth: string | null;

  @Field(() => String, { nullable: true })
  credentialId: string | null;

  @Field(() => String, { nullable: true, description: 'http or https; "www.…" gets https:// in front.' })
  credentialUrl: string | null;
}

@InputType()
export class ExternalLinkInput {
  @Field(() => LINK_KINDS)
  kind: LinkKind;

  @Field({ description: 'http or https; "www.…" gets https:// in front.' })
  url: string;

  @Field(() => String, { nullable: true })
  label: string | null;
}

@InputType()
export class SetLinksInput {
  @Field(() => [ExternalLinkInput], {
    description: `Your links in the order to show them, at most ${LINK_LIMITS.perMember}.`,
  })
  links: ExternalLinkInput[];
}

@ObjectType()
export class SetLanguagesPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@ObjectType()
export class SetLinksPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@ObjectType()
export class SaveCertificationPayload extends Payload {
  @Field(() => Certification, { nullable: true })
  certification: Certification | null;
}
