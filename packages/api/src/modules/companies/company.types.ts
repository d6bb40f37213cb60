import { COMPANY_ROLES, COMPANY_SIZES } from '@carnet/shared';
import type { CompanyRole, CompanySize } from '@carnet/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Node, toGlobalId } from '../../graphql/relay';
import { ProfileImage } from '../media/media.type';
import { Member } from '../members/member.type';
import type { CompanyEntity } from './company.entity';

registerEnumType(COMPANY_ROLES, {
  name: 'CompanyRole',
  description: 'ADMIN manages the page, its admins and recruiters; RECRUITER manages its jobs and applicants.',
});
registerEnumType(COMPANY_SIZES, { name: 'CompanySize', description: 'Head-count band, e.g. S_51_200.' });

@ObjectType({
  description: 'A place: city, region and ISO 3166-1 alpha-2 country, each optional.',
  simpleResolvers: true,
})
export class Place {
  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. FR.' })
  country: string | null;
}

@ObjectType({ implements: Node, description: 'A company page, public to everyone.', simpleResolvers: true })
export class Company extends Node {
  entity: CompanyEntity;

  @Field({ description: 'Unique: the page is at /company/<slug>.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Plain text with line breaks.' })
  description: string | null;

  @Field(() => String, { nullable: true })
  industry: string | null;

  @Field(() => COMPANY_SIZES, { nullable: true })
  size: CompanySize | null;

  @Field(() => Place, { nullable: true })
  headquarters: Place | null;

  @Field(() => [String], { description: 'Other places where it works, as written by its admins.' })
  locations: string[];

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => Int, { nullable: true })
  foundedYear: number | null;

  @Field()
  createdAt: Date;

  get companyId(): string {
    return this.entity.id;
  }
}

export function toCompany(entity: CompanyEntity): Company {
  const { hqCity: city, hqRegion: region, hqCountry: country } = entity;
  return Object.assign(new Company(), {
    id: toGlobalId('Company', entity.id),
    entity,
    slug: entity.slug,
    name: entity.name,
    description: entity.description,
    industry: entity.industry,
    size: entity.size,
    headquarters: city || region || country ? { city, region, country } : null,
    locations: entity.locations,
    website: entity.website,
    foundedYear: entity.foundedYear,
    createdAt: entity.createdAt,
  });
}

@ObjectType({ implements: ProfileImage, description: "A company page's logo, square (sizes as a profile photo's)." })
export class CompanyLogo extends ProfileImage {}

@ObjectType({
  implements: ProfileImage,
  description: 'The banner above a company page, 4:1 (sizes as a cover image’s).',
})
export class CompanyCover extends ProfileImage {}

export const CompanyConnection = ConnectionType(Company);

/** Only inherited by CompanyPersonEdge: never a type of the schema on its own. */
@ObjectType()
export class CompanyPersonEdgeFields {
  @Field(() => COMPANY_ROLES)
  role: CompanyRole;

  @Field({ description: 'Since when the member has this role or an earlier one.' })
  since: Date;
}

/** The admins and recruiters of a company, admins first. */
export const CompanyPersonConnection = ConnectionType(Member, 'CompanyPerson', CompanyPersonEdgeFields);

/** Only inherited by CompanyEmployeeEdge: never a type of the schema on its own. */
@ObjectType()
export class CompanyEmployeeEdgeFields {
  @Field({ description: 'Their job title there, from their current experience.' })
  title: string;

  @Field({ description: 'Month they started, "YYYY-MM".' })
  startMonth: string;
}

/** Members whose current experience links to a company, the latest arrived first. */
export const CompanyEmployeeConnection = ConnectionType(Member, 'CompanyEmployee', CompanyEmployeeEdgeFields);

@ObjectType({ description: 'Your connections whose current job is at a company, as far as they let you see it.' })
export class ConnectionsWorkingHere {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [Member], { description: 'The first few, the latest arrived first.' })
  members: Member[];
}
