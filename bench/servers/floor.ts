import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import SQLite from 'better-sqlite3';
import pg from 'pg';

// The floors /avance is measured against: the same Bolt HTTP receiver and signature check as Rinde,
// with a listener that only acks (`bare`) or that first stores the command with one insert, as
// durable as Rinde's own writes: into SQLite (`insert`: WAL, synchronous as given, FULL like
// Rinde) or into the PostgreSQL database at FLOOR_DATABASE_URL (`postgresql`: one pooled statement,
// committed with the server's synchronous_commit, as Rinde's). Prints its port on stdout once listening.

const [mode = 'bare', synchronous = 'FULL', signingSecret = 'bench-secret'] = process.argv.slice(2);

type Store = (userId: string, text: string) => unknown;

// The same table in each engine's words: an integer key the database assigns, and three texts.
const COLUMNS = 'user_id TEXT NOT NULL, text TEXT NOT NULL, recorded_at TEXT NOT NULL';

function sqliteInsert(): Store {
  const db = new SQLite(join(mkdtempSync(join(tmpdir(), 'rinde-floor-')), 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(`CREATE TABLE progress (id INTEGER PRIMARY KEY, ${COLUMNS})`);
  const insert = db.prepare('INSERT INTO progress (user_id, text, recorded_at) VALUES (?, ?, ?)');
  return (userId, text) => insert.run(userId, text, new Date().toISOString());
}

async function postgresInsert(url: string): Promise<Store> {
  // The pool's default size, as Rinde's.
  const pool = new pg.Pool({ connectionString: url });
  await pool.query(`CREATE TABLE progress (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${COLUMNS})`);
  const text = 'INSERT INTO progress (user_id, text, recorded_at) VALUES ($1, $2, $3)';
  return (userId, note) => pool.query({ name: 'floor_insert', text, values: [userId, note, new Date().toISOString()] });
}

async function storeFor(kind: string): Promise<Store | null> {
  if (kind === 'insert') return sqliteInsert();
  if (kind === 'postgresql') return postgresInsert(process.env.FLOOR_DATABASE_URL ?? '');
  return null;
}

const store = await storeFor(mode);
const app = new App({
  signingSecret,
  token: 'xoxb-bench-floor',
  botId: 'BBOT',
  botUserId: 'UBOT',
  logLevel: LogLevel.ERROR,
});
app.command('/avance', async ({ ack, command }) => {
  // SQLite stores synchronously: no await added to that floor.
  const stored = store?.(command.user_id, command.text);
  if (stored instanceof Promise) await stored;
  await ack();
});
const server = (await app.start(0)) as { address(): { port: number } };
process.stdout.write(`${server.address().port}\n`);
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
