import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfileBasics1763900000000 implements MigrationInterface {
  name = 'ProfileBasics1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE member
        ADD COLUMN headline text,
        ADD COLUMN about text,
        ADD COLUMN city text,
        ADD COLUMN region text,
        ADD COLUMN country text,
        ADD COLUMN industry text,
        ADD COLUMN contact_email citext,
        ADD COLUMN phone text,
        ADD COLUMN visibility jsonb NOT NULL DEFAULT '{}',
        ADD CONSTRAINT member_headline_length CHECK (char_length(headline) <= 220),
        ADD CONSTRAINT member_about_length CHECK (char_length(about) <= 2600),
        ADD CONSTRAINT member_place_length CHECK (
          char_length(city) <= 100 AND char_length(region) <= 100 AND char_length(country) <= 100),
        ADD CONSTRAINT member_industry_length CHECK (char_length(industry) <= 100),
        ADD CONSTRAINT member_contact_email_length CHECK (char_length(contact_email) <= 254),
        ADD CONSTRAINT member_phone_length CHECK (char_length(phone) <= 30),
        ADD CONSTRAINT member_visibility_object CHECK (jsonb_typeof(visibility) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE member
        DROP COLUMN headline, DROP COLUMN about, DROP COLUMN city, DROP COLUMN region, DROP COLUMN country,
        DROP COLUMN industry, DROP COLUMN contact_email, DROP COLUMN phone, DROP COLUMN visibility`);
  }
}
