import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import SQLite from 'better-sqlite3';

// The floors /avance is measured against: the same Bolt HTTP receiver and signature check as Rinde,
// with a listener that only acks (`bare`) or that first stores the command with one SQLite insert
// (`insert`), as durable as Rinde's own writes (WAL; synchronous as given, NORMAL like Rinde).
// Prints its port on stdout once listening.

const [mode = 'bare', synchronous = 'NORMAL', signingSecret = 'bench-secret'] = process.argv.slice(2);

function insertStatement() {
  const db = new SQLite(join(mkdtempSync(join(tmpdir(), 'rinde-floor-')), 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(`CREATE TABLE progress (id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, text TEXT NOT NULL,
    recorded_at TEXT NOT NULL)`);
  const insert = db.prepare('INSERT INTO progress (user_id, text, recorded_at) VALUES (?, ?, ?)');
  return (userId: string, text: string) => insert.run(userId, text, new Date().toISOString());
}

const store = mode === 'insert' ? insertStatement() : null;
const app = new App({
  signingSecret,
  token: 'xoxb-bench-floor',
  botId: 'BBOT',
  botUserId: 'UBOT',
  logLevel: LogLevel.ERROR,
});
app.command('/avance', async ({ ack, command }) => {
  store?.(command.user_id, command.text);
  await ack();
});
const server = (await app.start(0)) as { address(): { port: number } };
process.stdout.write(`${server.address().port}\n`);
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
