import { createRequire } from 'node:module';
import type { App as BoltApp } from '@slack/bolt';

// Bolt's package entry loads every receiver it ships, Express and AWS Lambda included; Rinde runs
// its own HTTP receiver or Socket Mode, which App's module loads by itself. Taking App from there
// keeps about 10 MB of modules out of a running bot (bench/memory.ts). Types still come from the
// package entry, which type imports never load.
const require = createRequire(import.meta.url);

export const App: typeof BoltApp = require('@slack/bolt/dist/App.js').default;
export type App = BoltApp;
