import { spawnSync } from 'node:child_process';

// Tests that run `bin/rinde.js` or `npm start` as a user would need dist/ to match src/. tsc
// emits even when a type is wrong; `npm run typecheck` is what judges the types.
export default function build(): void {
  spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
}
