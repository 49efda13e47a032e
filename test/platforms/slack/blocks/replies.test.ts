import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS_PER_MESSAGE, MAX_SECTION_TEXT } from '../../../../src/platforms/slack/blocks/limits.js';
import { authorOf, planningNote, replyMessage } from '../../../../src/platforms/slack/blocks/replies.js';
import { ACTION_IDS } from '../../../../src/platforms/slack/ids.js';
import type { Reply } from '../../../../src/usecases/replies.js';
import { commandHelp } from '../../../../src/wording/messages.js';
import {
  buildActivityView,
  buildEntryView,
  buildPlanRef,
  buildPlanStatus,
  manyActivities,
} from '../../../helpers/slackViews.js';

const text = (reply: Reply) => JSON.stringify(replyMessage(reply, 'fallback').blocks);

function expectWithinLimits(reply: Reply) {
  const { blocks } = replyMessage(reply, 'fallback');
  expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
  for (const block of blocks) {
    if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  }
}

describe('progress-logged', () => {
  const reply: Reply = {
    kind: 'progress-logged',
    plan: buildPlanRef(),
    activity: buildActivityView(),
    entry: buildEntryView(),
  };

  it('shows the new state with a bar, and who logged what with note and evidence', () => {
    const json = text(reply);
    expect(json).toContain('Avance registrado');
    expect(json).toContain('*1.2* Publicar contenidos');
    expect(json).toContain('`███░░░░░░░` 10/40 (25 %)');
    expect(json).toContain('<@U0PRENSA> · *+10* · Publicamos 10 piezas · <https://example.org/evidencia|evidencia>');
  });

  it('keeps the fallback text for notifications', () => {
    expect(replyMessage(reply, '✅ Avance registrado').text).toBe('✅ Avance registrado');
  });

  it('gives the planning channel one short line', () => {
    const note = planningNote({ ...reply, kind: 'progress-logged' });
    expect(note.text).toBe('<@U0PRENSA> registró 10 en 1.2: 10/40 (25 %)');
    expect(note.blocks).toHaveLength(1);
  });
});

describe('plan-status', () => {
  it('shows the summary and every subcomponent with its status colour', () => {
    const json = text(buildPlanStatus());
    expect(json).toContain('🔴 *Rojo* · avance promedio 25 %');
    expect(json).toContain('🟢 *2. Diálogo*');
    expect(json).toContain('Actividades completas: *0 de 1*');
  });

  it('stays within Slack limits for a plan of 300 activities', () => {
    expectWithinLimits(buildPlanStatus(manyActivities(300)));
  });
});

describe('activity-status', () => {
  const reply = (history = [buildEntryView()]): Reply => ({
    kind: 'activity-status',
    plan: buildPlanRef(),
    activity: buildActivityView(),
    history,
  });

  it('lists the history: when, who, how much, note and evidence', () => {
    expect(text(reply())).toContain('15 may 2024 · <@U0PRENSA> · *+10* · Publicamos 10 piezas');
  });

  it('offers "Registrar avance" for that activity', () => {
    expect(text(reply())).toContain(ACTION_IDS.openProgressModal);
    expect(text(reply())).toContain('\\"c\\":\\"1.2\\"');
  });

  it('says when nothing was logged yet', () => {
    expect(text(reply([]))).toContain('Todavía no hay avances registrados');
  });

  it('shows the latest entries and counts the rest', () => {
    const history = Array.from({ length: 40 }, (_, i) =>
      buildEntryView({ id: i, note: `nota ${i} ${'n'.repeat(300)}` }),
    );
    const json = text(reply(history));
    expect(json).toContain('25 registro(s) anteriores no se muestran aquí.');
    expect(json).toContain('nota 39 ');
    expect(json).not.toContain('nota 24 ');
    expectWithinLimits(reply(history));
  });
});

describe('other replies', () => {
  it('lists pending due dates', () => {
    const json = text({
      kind: 'pending',
      plan: buildPlanRef(),
      scope: 'mine',
      items: [
        { activity: buildActivityView(), dueOn: '2024-06-30', overdue: true },
        { activity: buildActivityView({ code: '1.3' }), dueOn: '2024-12-15', overdue: false },
      ],
    });
    expect(json).toContain('Sus próximas fechas');
    expect(json).toContain('*30 jun 2024* _(vencida)_ · *1.2*');
    expect(json).toContain('*15 dic 2024* · *1.3*');
  });

  it('lists the commands, marking the ones for admins', () => {
    const json = text({ kind: 'help', commands: commandHelp });
    expect(json).toContain('`/avance ID CANTIDAD [nota] [enlace]`');
    expect(json).toContain('_(administradores)_');
  });

  it('shows errors and confirmations as one section', () => {
    expect(replyMessage({ kind: 'error', message: 'No existe' }, 'x').blocks).toHaveLength(1);
    expect(text({ kind: 'done', message: 'Listo' })).toContain('✅ Listo');
  });
});

describe('authorOf', () => {
  it('mentions Slack users and names everyone else', () => {
    expect(authorOf({ authorId: 'U0PRENSA', authorName: 'María' })).toBe('<@U0PRENSA>');
    expect(authorOf({ authorId: 'importacion', authorName: null })).toBe('importacion');
  });
});
