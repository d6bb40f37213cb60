import { en, fr, Faker } from '@faker-js/faker';
import {
  ABOUT_SENTENCES,
  COMMON_SKILLS,
  COMPANIES,
  DEGREES,
  LEVELS,
  OTHER_LANGUAGES,
  PLACES,
  SCHOOLS,
  TRACKS,
  type Track,
} from './catalogue';

interface Person {
  handle: string;
  /** English-speaking members write their headline in English. */
  english: boolean;
}

export interface DemoExperience {
  title: string;
  company: string;
  city: string;
  start: string;
  end: string | null;
}

export interface DemoProfile {
  headline: string;
  about: string | null;
  place: readonly [city: string, region: string, country: string];
  industry: string;
  experiences: DemoExperience[];
  education: { school: string; degree: string; field: string; startYear: number; endYear: number }[];
  skills: string[];
  languages: { code: string; proficiency: string }[];
  certifications: { name: string; issuer: string; issueMonth: string }[];
  links: { kind: string; url: string }[];
  openToWork: { jobTitles: string[]; locations: string[]; contractTypes: string[]; workplaceTypes: string[] } | null;
}

/** Careers end here, so that the demo is the same whatever day it is loaded. */
const LATEST_START = { year: 2026, month: 6 };

const monthText = (months: number) => {
  const year = LATEST_START.year + Math.floor((LATEST_START.month - 1 - months) / 12);
  const month = (((LATEST_START.month - 1 - months) % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/** Jobs from the most recent back, each starting months before the next one, the first one still held. */
function career(faker: Faker, track: Track, city: string): DemoExperience[] {
  const count = faker.number.int({ min: 1, max: 5 });
  const jobs: DemoExperience[] = [];
  let monthsAgo = faker.number.int({ min: 2, max: 30 });
  for (let i = 0; i < count; i++) {
    const length = faker.number.int({ min: 10, max: 48 });
    jobs.push({
      title: faker.helpers.arrayElement(track.titles),
      company: faker.helpers.arrayElement(COMPANIES),
      city: i === 0 ? city : faker.helpers.arrayElement(PLACES)[0],
      start: monthText(monthsAgo + length),
      end: i === 0 ? null : monthText(monthsAgo),
    });
    monthsAgo += length + faker.number.int({ min: 0, max: 4 });
  }
  return jobs;
}

function languages(faker: Faker, english: boolean): DemoProfile['languages'] {
  const native = english ? 'en' : 'fr';
  const pool = ([...OTHER_LANGUAGES, 'fr', 'fr'] as string[]).filter((code) => code !== native);
  const others = new Set(faker.helpers.arrayElements(pool, { min: 1, max: 3 }));
  return [
    { code: native, proficiency: 'NATIVE' },
    ...[...others].map((code) => ({ code, proficiency: faker.helpers.arrayElement(LEVELS) })),
  ];
}

function links(faker: Faker, person: Person, track: Track): DemoProfile['links'] {
  if (!faker.datatype.boolean(0.35)) return [];
  const kind = track === TRACKS[0] ? 'GITHUB' : faker.helpers.arrayElement(['WEB_CV', 'PORTFOLIO', 'BLOG']);
  const url = {
    GITHUB: `https://github.com/${person.handle}`,
    WEB_CV: `https://www.doyoubuzz.com/${person.handle}`,
    PORTFOLIO: `https://${person.handle}.carnet-demo.fr`,
    BLOG: `https://blog.carnet-demo.fr/${person.handle}`,
  }[kind]!;
  return [{ kind, url }];
}

function profile(faker: Faker, person: Person, index: number): DemoProfile {
  const track = index === 0 ? TRACKS[0]! : faker.helpers.arrayElement(TRACKS);
  const place = index === 0 ? PLACES[2] : faker.helpers.arrayElement(PLACES);
  const experiences = career(faker, track, place[0]);
  const current = experiences[0]!;
  const firstJobYear = Number(experiences.at(-1)!.start.slice(0, 4));
  const schools = faker.helpers.uniqueArray(SCHOOLS, faker.number.int({ min: 1, max: 2 }));
  const certified = faker.datatype.boolean(0.2);
  return {
    headline: `${current.title} ${person.english ? 'at' : 'chez'} ${current.company}`,
    about: faker.datatype.boolean(0.6)
      ? faker.helpers.arrayElements(ABOUT_SENTENCES, { min: 1, max: 3 }).join(' ')
      : null,
    place,
    industry: track.industry,
    experiences,
    education: schools.map((school, i) => {
      const endYear = firstJobYear - i * 2;
      return {
        school,
        degree: faker.helpers.arrayElement(DEGREES),
        field: faker.helpers.arrayElement(track.fields),
        startYear: endYear - faker.number.int({ min: 2, max: 5 }),
        endYear,
      };
    }),
    skills: [
      ...faker.helpers.arrayElements(track.skills, { min: 3, max: 9 }),
      ...faker.helpers.arrayElements(COMMON_SKILLS, { min: 0, max: 3 }),
    ],
    languages: languages(faker, person.english),
    certifications: certified
      ? faker.helpers.arrayElements(track.certifications, { min: 1, max: 2 }).map(([name, issuer]) => ({
          name,
          issuer,
          issueMonth: monthText(faker.number.int({ min: 1, max: 60 })),
        }))
      : [],
    links: links(faker, person, track),
    openToWork:
      index > 0 && faker.datatype.boolean(0.07)
        ? {
            jobTitles: faker.helpers.arrayElements(track.titles, { min: 1, max: 2 }),
            locations: [place[0]],
            contractTypes: faker.helpers.arrayElements(['CDI', 'CDD', 'FREELANCE'], { min: 1, max: 2 }),
            workplaceTypes: faker.helpers.arrayElements(['ON_SITE', 'HYBRID', 'REMOTE'], { min: 1, max: 2 }),
          }
        : null,
  };
}

/** The same profiles on every run: their own seeded generator, in the people's order. */
export function demoProfiles(people: readonly Person[]): DemoProfile[] {
  const faker = new Faker({ locale: [fr, en], seed: 1944 });
  return people.map((person, index) => profile(faker, person, index));
}
