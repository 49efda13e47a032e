import { describe, expect, test } from 'vitest';
import { jobDepsOf } from '../../../src/jobs/context.js';
import { runReminderSweep } from '../../../src/jobs/reminderSweep.js';
import { consolePlatform } from '../../../src/platforms/console/platform.js';
import { withTestDatabase } from '../../helpers/database.js';
import { bogota, loadSample, PLANNING_CHANNEL, recordingLogger, testConfig } from '../../jobs/fixtures.js';

describe('the console as the jobs’ platform', () => {
  const database = withTestDatabase('sqlite');

  test('Fri 21 Jun 2024 08:00: the sweep prints each reminder for its recipient and each unstaffed office, as plain text', async () => {
    await loadSample(database.db);
    const printed: string[] = [];
    const platform = consolePlatform((text) => printed.push(text));
    const deps = jobDepsOf(testConfig(), { db: database.db, platform, logger: recordingLogger() });
    const report = await runReminderSweep({ ...deps, now: bogota('2024-06-21') });
    expect(report.attempted.sent).toHaveLength(5);
    const forUplan1 = printed.filter((text) => text.startsWith('── Mensaje directo para @UPLAN1 ──\n'));
    expect(forUplan1).toHaveLength(5);
    expect(forUplan1[0]?.split('\n')).toEqual([
      '── Mensaje directo para @UPLAN1 ──',
      '🔔 Recordatorio de rendición de cuentas',
      expect.stringMatching(/^La actividad 1\.4 .* vence en 9 días, el domingo 30 de junio de 2024\.$/),
      expect.stringContaining('Como el domingo 23 de junio de 2024 es fin de semana'),
      expect.stringMatching(/^Lleva 0 de \d+\. /),
      expect.stringMatching(/ · Si ya avanzó, regístrelo con \/avance 1\.4 CANTIDAD y no le volveremos a recordar/),
    ]);
    expect(printed.join('\n')).not.toMatch(/[*`<>]/);
    const gobierno = printed.find((text) => text.includes('Secretaría de Gobierno no tiene miembros'));
    expect(gobierno?.split('\n')).toEqual([
      `── En #${PLANNING_CHANNEL} ──`,
      '⚠️ La dependencia Secretaría de Gobierno no tiene miembros en Rinde, así que nadie recibe los recordatorios de sus actividades.',
      expect.stringMatching(/^Por ejemplo, la actividad \d\.\d vence el /),
      'Asigne a un responsable con /rinde asignar @usuario Secretaría de Gobierno.',
    ]);
  });
});
