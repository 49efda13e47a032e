import { Writable } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { ensureAdmins } from '../../src/usecases/index.js';
import { buildActivityDraft, buildPlanDraft } from './planDraft.js';

// What the Slack and Teams harnesses share: the plan they run on, the log kept in memory, and
// one app per test.

/** The plan the chat tests run on: 1.2 is the example, "Publicar contenidos…" with a target of 40. */
export function slackPlanDraft() {
  return buildPlanDraft({
    activities: [
      buildActivityDraft({ code: '1.1', offices: ['Secretaría de Planeación'], sourceRow: 10 }),
      buildActivityDraft({
        code: '1.2',
        title: 'Publicar contenidos sobre la gestión en redes sociales y en la página web',
        offices: ['Oficina de Comunicaciones'],
        target: { value: 40, unit: 'count' },
        sourceRow: 11,
      }),
      buildActivityDraft({ code: '2.1', offices: ['Secretaría de Gobierno'], sourceRow: 12 }),
    ],
  });
}

/** Saves that plan with `member` in "Oficina de Comunicaciones" (1.2's office) and `admin` an admin; its ID. */
export async function seedChatPlan(db: Db, member: string, admin: string): Promise<number> {
  const { planId } = await savePlanDraft(db, slackPlanDraft(), { authorId: 'importacion' });
  await assignMemberToOffice(db, member, 'Oficina de Comunicaciones');
  await ensureAdmins(db, [admin]);
  return planId;
}

/** A log destination that keeps every line, to read back and to check that no secret reaches it. */
export function memoryStream(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

/** Gives every test in the file its own harness, started before the test and stopped after it. */
export function perTest<H extends { stop(): Promise<void> }>(start: () => Promise<H>, name: string): () => H {
  let harness: H | undefined;
  beforeEach(async () => {
    harness = await start();
  });
  afterEach(async () => {
    await harness?.stop();
  });
  return () => {
    if (harness === undefined) throw new Error(`The ${name} harness only exists inside tests.`);
    return harness;
  };
}
