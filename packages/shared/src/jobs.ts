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

/** How senior the role is, from internships to leadership. */
export const SENIORITY_LEVELS = {
  INTERNSHIP: 'INTERNSHIP',
  ENTRY: 'ENTRY',
  ASSOCIATE: 'ASSOCIATE',
  MID_SENIOR: 'MID_SENIOR',
  DIRECTOR: 'DIRECTOR',
  EXECUTIVE: 'EXECUTIVE',
} as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[keyof typeof SENIORITY_LEVELS];

/** The function a job belongs to, whatever the company's industry. */
export const JOB_FUNCTIONS = {
  ENGINEERING: 'ENGINEERING',
  IT: 'IT',
  DATA: 'DATA',
  PRODUCT: 'PRODUCT',
  DESIGN: 'DESIGN',
  MARKETING: 'MARKETING',
  SALES: 'SALES',
  CUSTOMER_SERVICE: 'CUSTOMER_SERVICE',
  FINANCE: 'FINANCE',
  HUMAN_RESOURCES: 'HUMAN_RESOURCES',
  LEGAL: 'LEGAL',
  OPERATIONS: 'OPERATIONS',
  HEALTHCARE: 'HEALTHCARE',
  EDUCATION: 'EDUCATION',
  MANUFACTURING: 'MANUFACTURING',
  LOGISTICS: 'LOGISTICS',
  CONSULTING: 'CONSULTING',
  OTHER: 'OTHER',
} as const;
export type JobFunction = (typeof JOB_FUNCTIONS)[keyof typeof JOB_FUNCTIONS];

/**
 * A posting's life: a draft is seen by its company's recruiters only; an open posting takes applications
 * until it is closed or its expiry date passes (EXPIRED is derived from the date, never stored).
 */
export const JOB_STATES = {
  DRAFT: 'DRAFT',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
  EXPIRED: 'EXPIRED',
} as const;
export type JobState = (typeof JOB_STATES)[keyof typeof JOB_STATES];

export const SALARY_PERIODS = {
  HOUR: 'HOUR',
  DAY: 'DAY',
  MONTH: 'MONTH',
  YEAR: 'YEAR',
} as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[keyof typeof SALARY_PERIODS];

/** ISO 4217 currencies a salary may be given in. */
export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD', 'MAD', 'XOF', 'TND', 'DZD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** How a screening question is answered. */
export const SCREENING_KINDS = {
  YES_NO: 'YES_NO',
  SHORT_TEXT: 'SHORT_TEXT',
  NUMBER: 'NUMBER',
} as const;
export type ScreeningKind = (typeof SCREENING_KINDS)[keyof typeof SCREENING_KINDS];

/** Where an application stands in the recruiter's pipeline; WITHDRAWN is the candidate's own choice. */
export const APPLICATION_STAGES = {
  NEW: 'NEW',
  REVIEWED: 'REVIEWED',
  SHORTLISTED: 'SHORTLISTED',
  INTERVIEW: 'INTERVIEW',
  OFFER: 'OFFER',
  HIRED: 'HIRED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[keyof typeof APPLICATION_STAGES];

/** What a member may do for a company: admins manage the page and its people, recruiters its jobs. */
export const COMPANY_ROLES = {
  ADMIN: 'ADMIN',
  RECRUITER: 'RECRUITER',
} as const;
export type CompanyRole = (typeof COMPANY_ROLES)[keyof typeof COMPANY_ROLES];

/** Head-count bands, as company registries and job boards show them. */
export const COMPANY_SIZES = {
  S_1_10: 'S_1_10',
  S_11_50: 'S_11_50',
  S_51_200: 'S_51_200',
  S_201_500: 'S_201_500',
  S_501_1000: 'S_501_1000',
  S_1001_5000: 'S_1001_5000',
  S_5001_10000: 'S_5001_10000',
  S_10001_PLUS: 'S_10001_PLUS',
} as const;
export type CompanySize = (typeof COMPANY_SIZES)[keyof typeof COMPANY_SIZES];

export const JOB_LIMITS = {
  companyName: 100,
  companySlugMin: 2,
  companySlugMax: 60,
  companyDescription: 5000,
  companyLocations: 20,
  /** Industry, each headquarters part, and each other location. */
  companyPlace: 100,
  companyWebsite: 300,
  companyFoundedMin: 1000,
  title: 120,
  /** Of the sanitized HTML. */
  description: 20000,
  skills: 20,
  screeningQuestions: 10,
  screeningPrompt: 200,
  shortTextAnswer: 500,
  openingsMax: 1000,
  /** Above this a salary is not believed, whatever the period. */
  salaryMax: 10_000_000,
  cddMonthsMax: 36,
  expiryDaysDefault: 30,
  expiryDaysMax: 180,
  coverLetter: 5000,
  recruiterNote: 2000,
  rejectionMessage: 2000,
  shareText: 280,
} as const;

/** The contracts whose length in months a posting states. */
export const CONTRACTS_WITH_MONTHS: readonly ContractType[] = [CONTRACT_TYPES.CDD, CONTRACT_TYPES.INTERIM];

/** The most a salary may be for each period; more is a typing mistake (10 000 € an hour, 10 M€ a year). */
export const SALARY_MAX_BY_PERIOD: Record<SalaryPeriod, number> = {
  HOUR: 10_000,
  DAY: 50_000,
  MONTH: 1_000_000,
  YEAR: JOB_LIMITS.salaryMax,
};

/** schema.org's `employmentType` values, as Google for Jobs reads them. */
export const EMPLOYMENT_TYPES = {
  FULL_TIME: 'FULL_TIME',
  PART_TIME: 'PART_TIME',
  CONTRACTOR: 'CONTRACTOR',
  TEMPORARY: 'TEMPORARY',
  INTERN: 'INTERN',
} as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[keyof typeof EMPLOYMENT_TYPES];

/**
 * French contracts in schema.org's words. Alternance (work-study: a paid job alongside a degree) has no
 * schema.org type of its own; INTERN is the closest for a trainee, and the posting's text says it is alternance.
 */
export const EMPLOYMENT_TYPE_OF_CONTRACT: Record<ContractType, EmploymentType> = {
  CDI: EMPLOYMENT_TYPES.FULL_TIME,
  CDD: EMPLOYMENT_TYPES.TEMPORARY,
  STAGE: EMPLOYMENT_TYPES.INTERN,
  ALTERNANCE: EMPLOYMENT_TYPES.INTERN,
  FREELANCE: EMPLOYMENT_TYPES.CONTRACTOR,
  INTERIM: EMPLOYMENT_TYPES.TEMPORARY,
  TEMPS_PARTIEL: EMPLOYMENT_TYPES.PART_TIME,
};
