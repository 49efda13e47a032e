import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { webDepsOf } from '../../src/web/index.js';
import { createPublicSite, nodeHandler, type PublicSite } from '../../src/web/site.js';
import { logSampleProgress, rindeOn, scratchFolder } from '../export/fixtures.js';
import { SAMPLE_XLSX } from '../helpers/commands.js';

/** 2 September 2024, 10:00 in Bogotá: after the 31 August cut-off, inside the sample's vigencia. */
export const WEB_NOW = new Date('2024-09-02T15:00:00Z');

export const SCRIPT_TITLE = '<script>alert("rinde")</script> Publicar piezas';
export const PRIVATE_NOTE = 'Nota interna: no publicar xoxb-123-secret';
export const SLACK_USER = 'U0PRENSA';

export interface WebFixture {
  database: Database;
  site: PublicSite;
  rinde: ReturnType<typeof rindeOn>;
  folder: string;
  close(): Promise<void>;
}

/**
 * The sample plan with progress logged the ways a team logs it (notes, evidence, a correction, a
 * Slack user as author), an activity whose title is markup and a note with a token in it.
 */
export async function webFixture(): Promise<WebFixture> {
  const folder = scratchFolder();
  const file = join(folder, 'rinde.db');
  const clock = () => WEB_NOW;
  const rinde = rindeOn(file, clock);
  const imported = await rinde('import', SAMPLE_XLSX);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const database = await openDatabase(`file:${file}`);
  const db = database.prisma;
  await logSampleProgress({ db } as never);
  const activity = await db.activity.findFirstOrThrow({ where: { code: '2.5', retiredAt: null } });
  await db.activity.update({ where: { id: activity.id }, data: { title: SCRIPT_TITLE } });
  await db.progressEntry.updateMany({ where: { activityId: activity.id }, data: { note: PRIVATE_NOTE } });
  const loaded = loadConfig({ DATABASE_URL: `file:${file}` });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  // Every change shows at once here; the running bot rereads the data version once a second.
  const site = createPublicSite(webDepsOf(loaded.config, db, clock), { revalidateMs: 0 });
  return { database, site, rinde, folder, close: () => database.close() };
}

/** The site over real HTTP on a free port, as the bot serves it. */
export async function serve(site: PublicSite): Promise<{ base: string; server: Server }> {
  const server = createServer(
    nodeHandler(site, (error) => {
      throw error;
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
