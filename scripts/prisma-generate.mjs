// Runs after `npm install`/`npm ci`: generates one Prisma client per database engine and builds
// the TypeScript, so `npx rinde` works straight after install.
import { execFileSync } from 'node:child_process';
import { root, schemaPaths, writeDerivedSchemas } from './prisma-schemas.mjs';

writeDerivedSchemas();
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
for (const schema of Object.values(schemaPaths)) run('npx', ['--no-install', 'prisma', 'generate', '--schema', schema]);
if (!process.argv.includes('--no-build')) run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json']);
