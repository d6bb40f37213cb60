/** Kinds of employment contract, as French job seekers and recruiters name them. Job postings use them too. */
export const CONTRACT_TYPES = {
  CDI: 'CDI',
  CDD: 'CDD',
  STAGE: 'STAGE',
  ALTERNANCE: 'ALTERNANCE',
  FREELANCE: 'FREELANCE',
  INTERIM: 'INTERIM',
  TEMPS_PARTIEL: 'TEMPS_PARTIEL',
} as const;
export type ContractType = (typeof CONTRACT_TYPES)[keyof typeof CONTRACT_TYPES];

/** Where the work happens. */
export const WORKPLACE_TYPES = {
  ON_SITE: 'ON_SITE',
  HYBRID: 'HYBRID',
  REMOTE: 'REMOTE',
} as const;
export type WorkplaceType = (typeof WORKPLACE_TYPES)[keyof typeof WORKPLACE_TYPES];
