/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

const swc = (react = false) =>
  [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: react, decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          ...(react ? { react: { runtime: 'automatic' } } : {}),
        },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ] as [string, Record<string, unknown>];

const sharedSource = { '^@carnet/shared$': '<rootDir>/../shared/src/index.ts' };

/**
 * Dependencies that Jest on Node 20 cannot load as they are: ES modules, or CommonJS that `import()`s one.
 * They are compiled to CommonJS like our own code.
 */
const ESM_ONLY = [
  'content-disposition',
  'cookie',
  '@fastify/cookie',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer/inflate',
  '@tokenizer/token',
  'uint8array-extras',
  '@borewit/text-codec',
  'htmlparser2',
  'domhandler',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'entities',
];
const esmOnly = {
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${ESM_ONLY.join('|')})/)`],
};

const config: Config = {
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  globalSetup: '<rootDir>/packages/api/test/global-setup.mjs',
  globalTeardown: '<rootDir>/packages/api/test/global-teardown.mjs',
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/packages/shared',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc() },
    },
    {
      displayName: 'api',
      rootDir: '<rootDir>/packages/api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc(), '^.+\\.js$': swc() },
      ...esmOnly,
      moduleNameMapper: sharedSource,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'web',
      rootDir: '<rootDir>/packages/web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.tsx?$': swc(true) },
      moduleNameMapper: { ...sharedSource, '\\.css$': '<rootDir>/test/style-stub.cjs' },
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
    },
    {
      displayName: 'journeys',
      rootDir: '<rootDir>/packages/web',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/e2e/global-setup.mjs',
      transform: { '^.+\\.ts$': swc() },
      moduleNameMapper: sharedSource,
    },
  ],
};

export default config;
