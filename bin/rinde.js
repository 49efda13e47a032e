#!/usr/bin/env node
import { runCli } from '../dist/src/platforms/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
