import { COMPANY_ROLES, COMPANY_SIZES, type CompanyFields, type CompanyRole, type CompanySize } from '@carnet/shared';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import { Company } from './company.types';

@InputType()
export class PlaceInput {
  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. FR.' })
  country?: string | null;
}

@InputType()
export abstract class CompanyFieldsInput {
  @Field()
  name: string;

  @Field({ description: 'The page’s address, /company/<slug>: 2 to 60 lowercase letters, digits and single hyphens.' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'Plain text with line breaks.' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => COMPANY_SIZES, { nullable: true })
  size?: CompanySize | null;

  @Field(() => PlaceInput, { nullable: true })
  headquarters?: PlaceInput | null;

  @Field(() => [String], { nullable: true, description: 'Other places where it works, at most 20.' })
  locations?: string[] | null;

  @Field(() => String, { nullable: true, description: 'http(s) only; "www.example.fr" gets https://.' })
  website?: string | null;

  @Field(() => Int, { nullable: true, description: 'Not in the future.' })
  foundedYear?: number | null;
}

@InputType()
export class CreateCompanyInput extends CompanyFieldsInput {}

@InputType({ description: 'Every field of the page: what is left out is cleared.' })
export class UpdateCompanyInput extends CompanyFieldsInput {
  @Field(() => ID)
  companyId: string;
}

export function companyFieldsOf(input: CompanyFieldsInput): CompanyFields {
  const { headquarters: hq } = input;
  return {
    name: input.name,
    slug: input.slug,
    description: input.description ?? null,
    industry: input.industry ?? null,
    size: input.size ?? null,
    headquarters: hq ? { city: hq.city ?? null, region: hq.region ?? null, country: hq.country ?? null } : null,
    locations: input.locations ?? [],
    website: input.website ?? null,
    foundedYear: input.foundedYear ?? null,
  };
}

@InputType()
export class CompanyIdInput {
  @Field(() => ID)
  companyId: string;
}

@InputType()
export class SetCompanyRoleInput {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID, { description: 'The Member to make an admin or a recruiter.' })
  memberId: string;

  @Field(() => COMPANY_ROLES)
  role: CompanyRole;
}

@InputType()
export class RemoveCompanyRoleInput {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID, { description: 'The Member whose role ends: anyone for an admin, yourself otherwise.' })
  memberId: string;
}

@ArgsType()
export class CompaniesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, case and accents aside; all pages without.' })
  query?: string | null;
}

@ObjectType()
export class CreateCompanyPayload extends Payload {
  @Field(() => Company, { nullable: true })
  company: Company | null;
}

@ObjectType()
export class UpdateCompanyPayload extends Payload {
  @Field(() => Company, { nullable: true })
  company: Company | null;
}

@ObjectType({ description: 'The company after a change of its admins and recruiters.' })
export class CompanyRolePayload extends Payload {
  @Field(() => Company, { nullable: true })
  company: Company | null;
}

@ObjectType({ description: 'The company, with followersCount and viewerIsFollowing as they are now.' })
export class CompanyFollowPayload extends Payload {
  @Field(() => Company, { nullable: true })
  company: Company | null;
}

@ObjectType()
export class CompanyImagePayload extends Payload {
  @Field(() => Company, { nullable: true })
  company: Company | null;
}
