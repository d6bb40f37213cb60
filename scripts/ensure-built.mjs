// Builds each package whose sources changed since its last build, in dependency order.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PACKAGES = [
  { name: '@carnet/shared', dir: 'packages/shared', inputs: ['src', 'package.json'] },
  { name: '@carnet/api', dir: 'packages/api', inputs: ['src', 'package.json'] },
  {
    name: '@carnet/web',
    dir: 'packages/web',
    inputs: ['src', 'public', 'index.html', 'graphiql.html', 'vite.config.ts', 'package.json', '../shared/src'],
  },
];

function newestChange(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestChange(path.join(target, entry))), stat.mtimeMs);
}

export function ensureBuilt({ packages = PACKAGES.map((p) => p.name) } = {}) {
  for (const pkg of PACKAGES.filter((p) => packages.includes(p.name))) {
    const dir = path.join(root, pkg.dir);
    const stamp = path.join(dir, 'dist', '.build-stamp');
    const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
    const changed = Math.max(...pkg.inputs.map((input) => newestChange(path.join(dir, input))));
    if (built > changed) continue;
    console.log(`building ${pkg.name}…`);
    // A production build even when called from a test run, whose NODE_ENV=test would make React's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    const result = spawnSync('pnpm', ['--filter', pkg.name, 'build'], { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`the build of ${pkg.name} failed`);
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuilt();
