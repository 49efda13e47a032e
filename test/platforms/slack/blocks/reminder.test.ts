import { describe, expect, it } from 'vitest';
import type { PlannedReminder } from '../../../../src/domain/reminders/index.js';
import { reminderMessage } from '../../../../src/platforms/slack/blocks/reminder.js';
import { activityButtonSchema } from '../../../../src/platforms/slack/payloads.js';

function buildReminder(overrides: Partial<PlannedReminder> = {}): PlannedReminder {
  return {
    key: 'reminder:3:2024-06-30:before-7d',
    planId: 7,
    activityId: 3,
    activityCode: '1.2',
    activityTitle: 'Publicar contenidos sobre la gestión',
    dueOn: '2024-06-30',
    dueIndex: 1,
    dueCount: 1,
    stage: 'before-7d',
    kind: 'before',
    sendOn: '2024-06-25',
    shift: null,
    expected: 40,
    progress: 10,
    target: 40,
    unit: 'count',
    recipients: ['U0PRENSA'],
    unstaffedOffices: [],
    ...overrides,
  };
}

const input = (reminder: PlannedReminder, today = '2024-06-25') => ({
  reminder,
  plan: { id: 7, entity: 'Alcaldía de San José' },
  today,
  quietDays: 30,
});

describe('reminderMessage', () => {
  it('says what is due, when, the progress so far and what is missing', () => {
    const json = JSON.stringify(reminderMessage(input(buildReminder())).blocks);
    expect(json).toContain('*vence en 5 días*');
    expect(json).toContain('Lleva *10* de 40.');
    expect(json).toContain('faltan *30*');
  });

  it('shows amounts as logged, in es-CO: nothing logged is 0, and 1,5 is not rounded to 2', () => {
    const none = JSON.stringify(reminderMessage(input(buildReminder({ progress: 0, target: 3, expected: 3 }))).blocks);
    expect(none).toContain('Lleva *0* de 3.');
    expect(none).not.toContain('-0');
    const half = JSON.stringify(
      reminderMessage(input(buildReminder({ progress: 1.5, target: 1000, expected: 1000 }))).blocks,
    );
    expect(half).toContain('Lleva *1,5* de 1.000.');
    expect(half).toContain('faltan *998,5*');
  });

  it('has working "Registrar avance" and "Ver actividad" buttons', () => {
    const message = reminderMessage(input(buildReminder()));
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
    const message = reminderMessage(input(buildReminder({ kind: 'overdue', stage: 'overdue-1' }), '2024-07-02'));
    expect(JSON.stringify(message.blocks)).toContain('venció hace 2 días');
  });
});
