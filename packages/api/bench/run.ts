import './production';
import 'reflect-metadata';
import { benchBoot } from './boot';
import { benchGraph } from './graph';
import { benchJobs } from './jobs';
import { benchProfile } from './profile';

const BENCHMARKS: Record<string, () => Promise<void>> = {
  boot: benchBoot,
  profile: benchProfile,
  graph: benchGraph,
  jobs: benchJobs,
};

const name = process.argv[2];
const bench = name ? BENCHMARKS[name] : undefined;
if (!bench) {
  console.error(`usage: pnpm bench <${Object.keys(BENCHMARKS).join('|')}>`);
  process.exit(2);
}
bench().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
