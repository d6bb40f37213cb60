import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'yes'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  CARNET_DATA_DIR: z.string().min(1).default(path.resolve(__dirname, '../../../.data')),
  CARNET_DEMO: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: flag.optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TRUST_PROXY: flag.default(false),
  WEB_DIST_DIR: z.string().min(1).default(path.resolve(__dirname, '../../web/dist')),
  INVITATIONS_PER_WEEK: z.coerce.number().int().min(1).max(10_000).default(100),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(30_000),
  JOB_ALERTS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface SignInThrottleConfig {
  /** Failed attempts for one email within the window before refusing. */
  failuresPerEmail: number;
  /** Failed attempts from one address within the window before refusing. */
  failuresPerAddress: number;
  windowSeconds: number;
  /** Failures after which each further attempt for that email waits, doubling up to maxDelayMs. */
  slowAfter: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Sign-ups from one address within an hour. */
  signUpsPerAddressPerHour: number;
}

export interface NetworkConfig {
  /** Invitations a member may send over any rolling 7 days. */
  invitationsPerWeek: number;
  /** Connections a member may have at most. */
  maxConnections: number;
}

/** "Find people you know": addresses one member may look up over a rolling window, so that it cannot scan. */
export interface EmailLookupConfig {
  addresses: number;
  windowSeconds: number;
}

export const DEFAULT_EMAIL_LOOKUP: EmailLookupConfig = { addresses: 2000, windowSeconds: 24 * 60 * 60 };

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  /** Null: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  demoData: boolean;
  logLevel: Env['LOG_LEVEL'];
  /** Null: Secure cookies exactly when the request came over HTTPS. */
  cookieSecure: boolean | null;
  sessionTtlDays: number;
  trustProxy: boolean;
  webDistDir: string;
  signInThrottle: SignInThrottleConfig;
  network: NetworkConfig;
  emailLookup: EmailLookupConfig;
  /** Seconds between two collections of job alert matches; 0 turns them off (tests call the service). */
  jobAlertsIntervalSeconds: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleConfig = {
  failuresPerEmail: 10,
  failuresPerAddress: 50,
  windowSeconds: 15 * 60,
  slowAfter: 3,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  signUpsPerAddressPerHour: 30,
};

/** Reads the whole environment once; on any problem, names every bad variable and exits. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    console.error(`Carnet cannot start, the environment has problems:\n${problems.join('\n')}`);
    process.exit(1);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: path.resolve(e.CARNET_DATA_DIR),
    demoData: e.CARNET_DEMO,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE ?? null,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    trustProxy: e.TRUST_PROXY,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    signInThrottle: DEFAULT_SIGN_IN_THROTTLE,
    network: { invitationsPerWeek: e.INVITATIONS_PER_WEEK, maxConnections: e.MAX_CONNECTIONS },
    emailLookup: DEFAULT_EMAIL_LOOKUP,
    jobAlertsIntervalSeconds: e.JOB_ALERTS_INTERVAL_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 60),
  };
}
