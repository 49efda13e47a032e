import { describe, expect, it } from 'vitest';
import { savePlanDraft } from '../../../../../src/storage/plans.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import { slackPlanDraft } from '../../../../helpers/harness.js';
import { ADMIN, NOW, RESPONSABLE, runSlashCommand, useSlackHarness } from '../../../../helpers/slackApp.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);
const run = (command: string, text: string, userId?: string) => runSlashCommand(harness(), command, text, userId);

describe('/estado [ID]', () => {
  it('shows the plan with its status colours', async () => {
    const reply = await run('/estado', '');
    expect(reply).toContain('Estado del plan');
    expect(reply).toMatch(/🔴|🟡|🟢/);
  });

  it('shows one activity with its history: who, when, how much, note, evidence', async () => {
    await run('/avance', '1.2 10 Piezas <https://example.org/e>', RESPONSABLE);
    const reply = await run('/estado', '1,2');
    expect(reply).toContain('15 may 2024 · <@U0PRENSA> · *+10* · Piezas · <https://example.org/e|evidencia>');
  });

  it('shows an activity a re-import retired, with its history, marked as retired', async () => {
    await run('/avance', '2.1 1 Foro barrial', ADMIN);
    const without = slackPlanDraft();
    without.activities = without.activities.filter((a) => a.code !== '2.1');
    await savePlanDraft(database.db, without, { authorId: 'importacion', now: NOW });
    const reply = await run('/estado', '2.1');
    expect(reply).toContain('Actividad retirada en la importación del 15 de mayo de 2024');
    expect(reply).toContain('*+1* · Foro barrial');
    expect(reply).not.toContain('No existe');
  });

  it('suggests the nearest IDs for an unknown one', async () => {
    expect(await run('/estado', '1.9')).toContain('No existe la actividad 1.9');
  });
});
