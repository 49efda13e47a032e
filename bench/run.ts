import { spawnSync } from 'node:child_process';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/processes.js';

// `npm run bench` (after the build): each bench in a process of its own, so one's memory and JIT state
// do not colour the next, then the machine the figures came from.

const BENCHES = ['queries', 'avance', 'sweep', 'import', 'upload', 'load', 'memory', 'web'];
const only = process.argv.slice(2);

for (const bench of BENCHES.filter((name) => only.length === 0 || only.includes(name))) {
  console.log(`\n=== bench/${bench}.ts ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/bench', `${bench}.js`)], { stdio: 'inherit' });
  console.log(`(${bench}: ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${result.status})`);
  if (result.status !== 0) process.exitCode = 1;
}

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${gb(totalmem())} RAM (${gb(freemem())} free), ` +
    `Node ${process.version}, ${process.platform} ${process.arch}`,
);
