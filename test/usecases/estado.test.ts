import { beforeEach, describe, expect, it } from 'vitest';
import { renderReplyText, runCommand } from '../../src/usecases/index.js';
import { buildContext, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';

describeEachEngine('/estado', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
  });

  const admin = () => buildContext(database, { actsAsAdmin: true });

  it('reports the plan: indicator, average, subcomponents and who is behind, on the day it is asked', async () => {
    await runCommand(admin(), 'avance', '1.1 1');
    await runCommand(admin(), 'avance', '1.2 10');
    const reply = await runCommand(admin(), 'estado', '');
    if (reply.kind !== 'plan-status') throw new Error(`unexpected reply ${reply.kind}`);
    expect(reply.at).toBe('2024-07-16');
    expect(reply.summary).toMatchObject({ activities: 15, completed: 1 });
    expect(reply.summary.indicator).toBeCloseTo(1 / 15);
    expect(reply.summary.average).toBeCloseTo((1 + 0.25) / 15);
    expect(reply.subcomponents.map((s) => [s.code, s.name, s.activities, s.completed])).toEqual([
      ['1', 'Información', 6, 1],
      ['2', 'Dialogo', 5, 0],
      ['3', 'Responsabilidad', 4, 0],
    ]);
    // By 16 July 2024 the 30 June dates of 1.4, 1.5, 2.1, 2.2 and 2.3 have passed with nothing logged.
    expect(reply.activities.filter((a) => a.state === 'behind').map((a) => a.code)).toEqual([
      '1.4',
      '1.5',
      '2.1',
      '2.2',
      '2.3',
    ]);
  });

  it('says the plan has not started yet, and no activity is "En plazo" only in name', async () => {
    const early = buildContext(database, { actsAsAdmin: true, now: new Date('2024-03-01T15:00:00Z') });
    const text = renderReplyText(await runCommand(early, 'estado', ''));
    expect(text).toContain('El plan todavía no empieza (empieza el 5 de junio de 2024)');
    expect(text).not.toContain('Al día');
    expect(text).toContain('En plazo');
  });

  it('shows one activity with its whole history', async () => {
    await runCommand(admin(), 'avance', '1.3 2 Dos piezas https://tauramena.gov.co/p');
    await runCommand(admin(), 'avance', '1.3 1');
    const reply = await runCommand(admin(), 'estado', '1,3');
    expect(reply).toMatchObject({
      kind: 'activity-status',
      activity: { code: '1.3', progress: 3, target: 9, offices: [{ name: 'Oficina de prensa' }] },
      history: [
        { amount: 2, note: 'Dos piezas', evidenceUrl: 'https://tauramena.gov.co/p' },
        { amount: 1, note: null, evidenceUrl: null },
      ],
    });
  });

  it('suggests nearby IDs for one that does not exist', async () => {
    expect(await runCommand(admin(), 'estado', '3.9')).toEqual({
      kind: 'error',
      message: 'No existe la actividad 3.9 en el plan. ¿Quiso decir 3.1, 3.2 o 3.3?',
    });
  });
});

describe('/estado on another plan', () => {
  describeEachEngine('planRef', (database) => {
    it('says the plan does not exist when the reference is unknown', async () => {
      await seedSamplePlan(database.db);
      const reply = await runCommand(buildContext(database, { planRef: '2019' }), 'estado', '');
      expect(reply).toEqual({ kind: 'error', message: expect.stringContaining('No encontré el plan «2019»') });
    });
  });
});
