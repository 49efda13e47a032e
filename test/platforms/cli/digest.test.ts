import { afterAll, beforeAll, expect, test } from 'vitest';
import { digestCommand } from '../../../src/platforms/cli/commands/digest.js';
import { type Database, openDatabase } from '../../../src/storage/database.js';
import { appendProgress } from '../../../src/storage/progress.js';
import { createScratchDatabase, type ScratchDatabase } from '../../helpers/database.js';
import { loadSample, runCliCommand as runOn } from '../../jobs/fixtures.js';

let scratch: ScratchDatabase;
let database: Database;
beforeAll(async () => {
  scratch = await createScratchDatabase('sqlite');
  database = await openDatabase(scratch.url);
  await loadSample(database.prisma);
  const activity = await database.prisma.activity.findFirstOrThrow({ where: { code: '2.1' } });
  await appendProgress(database.prisma, {
    activityId: activity.id,
    amount: 1,
    effectiveOn: '2024-06-28',
    authorId: 'UPLAN1',
    authorName: 'Ana Pérez',
    source: 'chat',
  });
});
afterAll(async () => {
  await database.close();
  await scratch.drop();
});

test('rinde digest --at prints the Spanish digest', async () => {
  const out = await runOn(digestCommand, ['--at', '2024-07-08'], database);
  expect(out).toContain('Resumen semanal · Alcaldía Municipal de Tauramena - Casanare');
  expect(out).toContain('corte al 8 de julio de 2024');
  expect(out).toContain('Indicador del plan (actividades desarrolladas / programadas): 1/15 = 7 %');
  expect(out).toContain('Vencidas sin el avance esperado (4):');
  expect(out).toContain('Dependencias sin miembros (nadie recibe sus recordatorios):');
});

test('rinde digest --json prints the Block Kit message', async () => {
  const message = JSON.parse(await runOn(digestCommand, ['--at', '2024-07-08', '--json'], database));
  expect(message.blocks[0]).toMatchObject({ type: 'header' });
  expect(message.text).toContain('Resumen semanal');
});
