/** The vocabulary the demo network is made of: French and international employers, French schools, trades. */

export interface Track {
  industry: string;
  titles: readonly string[];
  skills: readonly string[];
  fields: readonly string[];
  certifications: readonly (readonly [name: string, issuer: string])[];
}

/** A member follows one trade, so that their jobs, studies, skills and certificates agree. */
export const TRACKS: readonly Track[] = [
  {
    industry: 'Logiciel',
    titles: ['Développeuse full-stack', 'Développeur backend', 'Ingénieure DevOps', 'Architecte logiciel', 'Tech lead'],
    skills: [
      'TypeScript',
      'React',
      'Node.js',
      'PostgreSQL',
      'Docker',
      'Kubernetes',
      'GraphQL',
      'Java',
      'Go',
      'AWS',
      'Git',
      'Tests automatisés',
      'Accessibilité',
      'CI/CD',
    ],
    fields: ['Informatique', 'Génie logiciel', 'Mathématiques appliquées'],
    certifications: [
      ['AWS Certified Solutions Architect – Associate', 'Amazon Web Services'],
      ['Certified Kubernetes Administrator', 'The Linux Foundation'],
    ],
  },
  {
    industry: 'Données',
    titles: ['Data scientist', 'Data engineer', 'Data analyst', 'Responsable data'],
    skills: [
      'Python',
      'SQL',
      'Pandas',
      'Machine learning',
      'Spark',
      'Airflow',
      'dbt',
      'Power BI',
      'Statistiques',
      'Analyse de données',
      'GCP',
    ],
    fields: ['Statistiques', 'Mathématiques', 'Informatique'],
    certifications: [
      ['Google Cloud Professional Data Engineer', 'Google Cloud'],
      ['Microsoft Certified: Power BI Data Analyst', 'Microsoft'],
    ],
  },
  {
    industry: 'Produit et design',
    titles: ['Product manager', 'Product owner', 'Designer UX', 'UX researcher'],
    skills: [
      'Gestion de produit',
      'Scrum',
      'Figma',
      'UX research',
      'Design system',
      'Accessibilité',
      'Ateliers utilisateurs',
      'Roadmap',
    ],
    fields: ['Design', 'Gestion', 'Sciences cognitives'],
    certifications: [
      ['Professional Scrum Product Owner I', 'Scrum.org'],
      ['Google UX Design Certificate', 'Google'],
    ],
  },
  {
    industry: 'Finance',
    titles: ['Contrôleuse de gestion', 'Analyste financier', 'Directeur financier', 'Auditrice', 'Comptable'],
    skills: [
      'Contrôle de gestion',
      'Comptabilité',
      'Excel',
      'SAP',
      'Audit',
      'IFRS',
      'Modélisation financière',
      'Trésorerie',
    ],
    fields: ['Finance', 'Gestion', 'Économie'],
    certifications: [
      ['CFA Level I', 'CFA Institute'],
      ['Diplôme d’expertise comptable (DEC)', 'Ordre des experts-comptables'],
    ],
  },
  {
    industry: 'Ressources humaines',
    titles: ['Responsable RH', 'Chargée de recrutement', 'Talent acquisition partner', 'Responsable formation'],
    skills: [
      'Recrutement',
      'Droit du travail',
      'Gestion des talents',
      'Entretiens',
      'Formation',
      'Paie',
      'Marque employeur',
    ],
    fields: ['Ressources humaines', 'Psychologie du travail', 'Droit social'],
    certifications: [['Certification MBTI', 'The Myers-Briggs Company']],
  },
  {
    industry: 'Marketing et communication',
    titles: ['Responsable marketing digital', 'Chargée de communication', 'Growth marketer', 'Community manager'],
    skills: [
      'Marketing digital',
      'SEO',
      'Google Analytics',
      'Rédaction',
      'Réseaux sociaux',
      'Stratégie de marque',
      'CRM',
    ],
    fields: ['Marketing', 'Communication', 'Journalisme'],
    certifications: [
      ['Google Analytics Certification', 'Google'],
      ['HubSpot Inbound Marketing', 'HubSpot Academy'],
    ],
  },
  {
    industry: 'Commerce',
    titles: ['Business developer', 'Account executive', 'Responsable grands comptes', 'Customer success manager'],
    skills: ['Vente', 'Négociation', 'Prospection', 'Salesforce', 'Relation client', 'Gestion de comptes'],
    fields: ['Commerce international', 'Gestion', 'Marketing'],
    certifications: [['Salesforce Certified Administrator', 'Salesforce']],
  },
  {
    industry: 'Industrie',
    titles: [
      'Ingénieure qualité',
      'Responsable de production',
      'Ingénieur méthodes',
      'Responsable logistique',
      'Acheteuse',
    ],
    skills: [
      'Lean',
      'Six Sigma',
      'Qualité',
      'Gestion de production',
      'Supply chain',
      'Achats',
      'SolidWorks',
      'Amélioration continue',
    ],
    fields: ['Génie mécanique', 'Génie industriel', 'Logistique'],
    certifications: [
      ['Lean Six Sigma Green Belt', 'AFNOR'],
      ['Auditeur ISO 9001', 'AFNOR'],
    ],
  },
] as const;

/** Skills anyone may list, beside those of their trade. */
export const COMMON_SKILLS = [
  'Gestion de projet',
  'Communication',
  'Prise de parole',
  'Management',
  'Anglais',
  'Travail en équipe',
];

/** Few enough employers that colleagues meet: French groups, scale-ups and international firms. */
export const COMPANIES = [
  'Doctolib',
  'BlaBlaCar',
  'Decathlon',
  'Airbus',
  'Michelin',
  'L’Oréal',
  'BNP Paribas',
  'Capgemini',
  'OVHcloud',
  'Dassault Systèmes',
  'SNCF',
  'Orange',
  'Thales',
  'Safran',
  'Back Market',
  'Qonto',
  'Alan',
  'Mirakl',
  'Criteo',
  'Ubisoft',
  'Google',
  'Microsoft',
  'Amazon',
  'SAP',
  'Spotify',
  'Accenture',
  'Deloitte',
  'Schneider Electric',
] as const;

export const SCHOOLS = [
  'INSA Lyon',
  'HEC Paris',
  'Sciences Po',
  'Université de Bordeaux',
  'École polytechnique',
  'CentraleSupélec',
  'Sorbonne Université',
  'ESSEC',
  'Université Paris Cité',
  'IMT Atlantique',
  'Télécom Paris',
  'Université de Lille',
  'EPITECH',
  'Université Grenoble Alpes',
  'IUT de Lannion',
  'Université de Strasbourg',
] as const;

export const DEGREES = ['Licence', 'Master', 'Diplôme d’ingénieur', 'BUT', 'Bachelor', 'MBA', 'Doctorat'] as const;

export const PLACES = [
  ['Paris', 'Île-de-France', 'France'],
  ['Paris', 'Île-de-France', 'France'],
  ['Lyon', 'Auvergne-Rhône-Alpes', 'France'],
  ['Bordeaux', 'Nouvelle-Aquitaine', 'France'],
  ['Nantes', 'Pays de la Loire', 'France'],
  ['Toulouse', 'Occitanie', 'France'],
  ['Lille', 'Hauts-de-France', 'France'],
  ['Marseille', 'Provence-Alpes-Côte d’Azur', 'France'],
  ['Rennes', 'Bretagne', 'France'],
  ['Grenoble', 'Auvergne-Rhône-Alpes', 'France'],
  ['Strasbourg', 'Grand Est', 'France'],
  ['Londres', 'Angleterre', 'Royaume-Uni'],
  ['Bruxelles', 'Bruxelles-Capitale', 'Belgique'],
  ['Montréal', 'Québec', 'Canada'],
] as const;

export const ABOUT_SENTENCES = [
  'J’aime construire des produits utiles avec des équipes curieuses.',
  'Dix ans d’expérience entre start-ups et grands groupes.',
  'Je cherche à rendre les outils métier simples et rapides.',
  'Mentor auprès de personnes en reconversion.',
  'Bénévole dans une association d’insertion professionnelle.',
  'Toujours partant pour un café et une discussion sur le métier.',
  'I enjoy turning messy processes into clear, measurable ones.',
  'Curious about people, data and how teams learn.',
] as const;

/** Second languages and how often they are spoken, beside the member's own. */
export const OTHER_LANGUAGES = ['en', 'en', 'en', 'es', 'de', 'it', 'pt', 'ar', 'zh'] as const;
export const LEVELS = ['A2', 'B1', 'B2', 'B2', 'C1', 'C1', 'C2'] as const;
