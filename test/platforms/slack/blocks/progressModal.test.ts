import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS_PER_SELECT, MAX_PRIVATE_METADATA } from '../../../../src/platforms/slack/blocks/limits.js';
import { encodeMetadata, progressModal } from '../../../../src/platforms/slack/blocks/progressModal.js';
import { buildActivityView, manyActivities } from '../../../helpers/slackViews.js';

const metadata = { planId: null, responseUrl: 'https://hooks.slack.com/commands/T/1/x' };
type Select = { option_groups?: { options: unknown[] }[]; options?: unknown[]; initial_option?: { value: string } };
const selectOf = (view: ReturnType<typeof progressModal>) => (view.blocks[0] as { element: Select }).element;

describe('progressModal', () => {
  const mine = [buildActivityView({ code: '1.2' })];
  const others = [buildActivityView({ code: '2.1', title: 'Audiencia pública' })];

  it('groups the select: the caller’s activities first, then the others', () => {
    const select = selectOf(progressModal({ choices: { mine, others }, metadata }));
    expect(select.option_groups).toMatchObject([
      { label: { text: 'Sus actividades' }, options: [{ value: '1.2' }] },
      { label: { text: 'Otras actividades' }, options: [{ value: '2.1', text: { text: '2.1 Audiencia pública' } }] },
    ]);
  });

  it('uses a flat list when there is only one group', () => {
    const select = selectOf(progressModal({ choices: { mine: [], others }, metadata }));
    expect(select.option_groups).toBeUndefined();
    expect(select.options).toHaveLength(1);
  });

  it('preselects an activity and shows its progress so far', () => {
    const view = progressModal({ choices: { mine, others }, metadata, selectedCode: '1.2' });
    expect(selectOf(view).initial_option?.value).toBe('1.2');
    expect(JSON.stringify(view.blocks[1])).toContain('10/40 (25 %)');
  });

  it('has amount, note and evidence inputs named like the form fields', () => {
    const view = progressModal({ choices: { mine, others }, metadata });
    expect(view.blocks.map((block) => block.block_id)).toEqual(['activityCode', 'amount', 'note', 'evidenceUrl']);
    expect(view).toMatchObject({ callback_id: 'progress_modal', submit: { text: 'Guardar' } });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual(metadata);
  });

  it('offers at most 100 activities, keeping the caller’s', () => {
    const select = selectOf(
      progressModal({ choices: { mine: manyActivities(30), others: manyActivities(150) }, metadata }),
    );
    const counts = select.option_groups?.map((group) => group.options.length);
    expect(counts).toEqual([30, MAX_OPTIONS_PER_SELECT - 30]);
  });

  it('drops an oversized response_url rather than break the modal', () => {
    const encoded = encodeMetadata({ planId: 1, responseUrl: `https://x/${'a'.repeat(4000)}` });
    expect(encoded.length).toBeLessThanOrEqual(MAX_PRIVATE_METADATA);
    expect(JSON.parse(encoded)).toEqual({ planId: 1, responseUrl: null });
  });
});
