import { RECOMMENDATION_REASONS, type Locale, type RecommendationReason } from '@carnet/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay';
import { JobPosting } from './job-posting.types';
import type { RecommendationRow } from './job-recommendation.service';

registerEnumType(RECOMMENDATION_REASONS, { name: 'JobRecommendationReasonKind' });

@ObjectType({ description: 'Why a posting is recommended, worded in the reader’s language.', simpleResolvers: true })
export class JobRecommendationReason {
  @Field(() => RECOMMENDATION_REASONS)
  kind: RecommendationReason;

  @Field(() => Int, {
    nullable: true,
    description: 'Skills matched, wishes met or connections working there; null for a title or a place.',
  })
  count: number | null;

  @Field({ description: 'E.g. « Correspond à 5 de vos compétences », « 2 relations travaillent chez Doctolib ».' })
  text: string;
}

/** Only inherited by the edge type: never a type of the schema on its own. */
@ObjectType({ simpleResolvers: true })
export class JobRecommendationEdgeFields {
  @Field(() => [JobRecommendationReason], { description: 'The strongest first.' })
  reasons: JobRecommendationReason[];
}

export const JobRecommendationConnection = ConnectionType(JobPosting, 'JobRecommendation', JobRecommendationEdgeFields);

type Wording = {
  skills: (n: number) => string;
  title: (title: string) => string;
  near: (city: string) => string;
  preferences: (n: number) => string;
  network: (n: number, company: string) => string;
};

const WORDING: Record<Locale, Wording> = {
  fr: {
    skills: (n) => `Correspond à ${n} de vos compétences`,
    title: (title) => `Correspond à votre intitulé « ${title} »`,
    near: (city) => `À ${city}, près de chez vous`,
    preferences: (n) =>
      n > 1 ? `Répond à ${n} de vos souhaits de recherche` : 'Répond à l’un de vos souhaits de recherche',
    network: (n, company) =>
      n > 1 ? `${n} relations travaillent chez ${company}` : `1 relation travaille chez ${company}`,
  },
  en: {
    skills: (n) => `Matches ${n} of your skills`,
    title: (title) => `Matches your title “${title}”`,
    near: (city) => `In ${city}, near you`,
    preferences: (n) => (n > 1 ? `Meets ${n} of your job preferences` : 'Meets one of your job preferences'),
    network: (n, company) => (n > 1 ? `${n} connections work at ${company}` : `1 connection works at ${company}`),
  },
};

/** The reasons of a recommendation, the strongest signals first. */
export function reasonsOf(row: RecommendationRow, locale: Locale): JobRecommendationReason[] {
  const words = WORDING[locale];
  const reasons: JobRecommendationReason[] = [];
  const { SKILLS, TITLE, LOCATION, PREFERENCES, NETWORK } = RECOMMENDATION_REASONS;
  if (row.title) reasons.push({ kind: TITLE, count: null, text: words.title(row.title) });
  if (row.skills > 0) reasons.push({ kind: SKILLS, count: row.skills, text: words.skills(row.skills) });
  if (row.people > 0) {
    reasons.push({ kind: NETWORK, count: row.people, text: words.network(row.people, row.companyName) });
  }
  if (row.near) reasons.push({ kind: LOCATION, count: null, text: words.near(row.near) });
  if (row.preferences > 0) {
    reasons.push({ kind: PREFERENCES, count: row.preferences, text: words.preferences(row.preferences) });
  }
  return reasons;
}
