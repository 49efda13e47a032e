import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS_PER_MESSAGE, MAX_SECTION_TEXT } from '../../../../src/platforms/slack/blocks/limits.js';
import { uploadPreviewMessage, uploadTextMessage } from '../../../../src/platforms/slack/blocks/planUpload.js';

const PENDING = '0b6f3b9e-6f0a-4c1e-9a57-3c1d2e4f5a6b';

function sectionTexts(blocks: readonly { type: string; text?: unknown }[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' ? [(block.text as { text: string }).text] : []));
}

describe('an uploaded plan’s preview message', () => {
  it('keeps the buttons and stays within Slack’s limits however many warnings the sheet has', () => {
    const warnings = Array.from(
      { length: 400 },
      (_, i) => `  • Fila ${i + 10}: ${'la fecha no se entiende '.repeat(8)}`,
    );
    // Each warning its own paragraph: one section each, far more than a message holds.
    const summary = ['Plan de Alcaldía: 400 actividades.', ...warnings].join('\n\n');
    const message = uploadPreviewMessage({ pendingId: PENDING, fileName: 'plan.xlsx', summary });
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    expect(message.blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [
        { action_id: 'upload_import', value: PENDING, style: 'primary' },
        { action_id: 'upload_cancel', value: PENDING },
      ],
    });
    expect(JSON.stringify(message.blocks.at(-3))).toContain('parte(s) más de la vista previa');
    for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('escapes what the sheet says and bolds the headings', () => {
    const message = uploadPreviewMessage({
      pendingId: PENDING,
      fileName: 'plan <2025>.xlsx',
      summary: 'Plan de A&B: 1 actividad.\n\nAdvertencias (1):\n  • Fila 9: «<@U0JEFE> revisa»',
    });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('plan &lt;2025&gt;.xlsx');
    expect(json).toContain('Plan de A&amp;B');
    expect(json).toContain('*Advertencias (1):*');
    expect(json).toContain('&lt;@U0JEFE&gt; revisa');
  });
});

describe('a plain upload message', () => {
  it('keeps the mentions Rinde wrote and escapes the rest', () => {
    const message = uploadTextMessage('Se importó «a<b>.xlsx» (<@U0PLANEA>). Plan sin cambios.');
    expect(sectionTexts(message.blocks)).toEqual(['Se importó «a&lt;b&gt;.xlsx» (<@U0PLANEA>). Plan sin cambios.']);
  });
});
