import { createRequire, Module } from 'node:module';
import type { App as BoltApp } from '@slack/bolt';

// Bolt's package entry loads every receiver it ships, Express and AWS Lambda included; Rinde runs
// its own HTTP receiver or Socket Mode, which App's module loads by itself. Taking App from there
// keeps about 10 MB of modules out of a running bot (bench/memory.ts). Types still come from the
// package entry, which type imports never load.
const require = createRequire(import.meta.url);

const SOCKET_MODE_RECEIVER = require.resolve('@slack/bolt/dist/receivers/SocketModeReceiver.js');

/**
 * App's module requires its Socket Mode receiver as it loads, and with it undici's WebSocket client:
 * about 20 MB of a bot that serves HTTP and never opens a socket. App only reaches for the receiver
 * when it is built in Socket Mode, so a stand-in in the module cache loads the real one then.
 */
function deferSocketModeReceiver(): void {
  if (require.cache[SOCKET_MODE_RECEIVER] !== undefined) return;
  const standIn = new Module(SOCKET_MODE_RECEIVER);
  standIn.filename = SOCKET_MODE_RECEIVER;
  standIn.loaded = true;
  standIn.exports = Object.defineProperties(
    {},
    {
      __esModule: { value: true },
      default: {
        get() {
          if (require.cache[SOCKET_MODE_RECEIVER] === standIn) delete require.cache[SOCKET_MODE_RECEIVER];
          return require(SOCKET_MODE_RECEIVER).default;
        },
      },
    },
  );
  require.cache[SOCKET_MODE_RECEIVER] = standIn;
}

deferSocketModeReceiver();

export const App: typeof BoltApp = require('@slack/bolt/dist/App.js').default;
export type App = BoltApp;
