import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { keepServingOnStrayErrors } from '../../src/lastResort.js';
import { createLogger } from '../../src/logger.js';

it('logs a stray rejection or exception with its stack instead of ending the process', () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const events = new EventEmitter();
  keepServingOnStrayErrors(events, createLogger('debug', { destination }));

  events.emit('unhandledRejection', new Error('nadie esperó esta promesa'));
  events.emit('uncaughtException', new TypeError("Cannot read properties of null (reading 'ssl_check')"));

  expect(lines).toMatchObject([
    { level: 50, msg: 'unhandled rejection; still serving', err: { message: 'nadie esperó esta promesa' } },
    { level: 60, msg: 'uncaught exception; still serving', err: { name: 'TypeError', stack: expect.any(String) } },
  ]);
});
