// Imported first by run.ts: libraries that read NODE_ENV when they load (graphql-js skips its development
// checks, for one) then behave as under `pnpm start`, which the benchmarks measure.
process.env.NODE_ENV ??= 'production';
