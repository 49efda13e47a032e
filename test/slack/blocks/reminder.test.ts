import { describe, expect, it } from 'vitest';
import { relativeDay, reminderMessage } from '../../../src/slack/blocks/reminder.js';
import { activityButtonSchema } from '../../../src/slack/payloads.js';
import { buildActivityView, buildPlanRef } from '../../helpers/slackViews.js';

describe('reminderMessage', () => {
  const message = reminderMessage({
    plan: buildPlanRef(),
    activity: buildActivityView(),
    dueOn: '2024-06-30',
    today: '2024-06-25',
  });

  it('says what is due, when, the progress so far and what is missing', () => {
    expect(message.text).toBe('Recordatorio: la actividad 1.2 vence en 5 días (30 de junio de 2024).');
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('vence *en 5 días*, el 30 de junio de 2024');
    expect(json).toContain('Lleva *10* de 40: faltan *30*.');
  });

  it('has working "Registrar avance" and "Ver actividad" buttons', () => {
    const actions = message.blocks.find((block) => block.type === 'actions');
    expect(actions).toMatchObject({
      elements: [{ action_id: 'progress_open', style: 'primary' }, { action_id: 'activity_view' }],
    });
    // The buttons' values parse back with the schema the action listeners use.
    const [button] = (actions as { elements: { action_id: string; value: string }[] }).elements;
    const parsed = activityButtonSchema.parse({
      type: 'block_actions',
      user: { id: 'U1' },
      trigger_id: 't',
      actions: [button],
    });
    expect(parsed.actions[0].value).toEqual({ planId: 7, code: '1.2' });
  });

  it('speaks of an overdue date in the past tense', () => {
    const overdue = reminderMessage({
      plan: buildPlanRef(),
      activity: buildActivityView(),
      dueOn: '2024-06-30',
      today: '2024-07-02',
    });
    expect(overdue.text).toContain('venció hace 2 días');
  });
});

describe('relativeDay', () => {
  it.each([
    ['2024-06-30', 'hoy'],
    ['2024-07-01', 'mañana'],
    ['2024-06-29', 'ayer'],
    ['2025-01-02', 'en 186 días'],
  ])('from 30 jun 2024 to %s is "%s"', (dueOn, expected) => {
    expect(relativeDay('2024-06-30', dueOn)).toBe(expected);
  });
});
