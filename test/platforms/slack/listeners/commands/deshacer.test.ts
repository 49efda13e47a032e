import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { readEntries } from '../../../../helpers/progress.js';
import {
  ADMIN,
  eventually,
  OUTSIDER,
  PLANNING_CHANNEL,
  RESPONSABLE,
  runSlashCommand,
  useSlackHarness,
} from '../../../../helpers/slackApp.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

const avance = (text: string, userId = RESPONSABLE) => runSlashCommand(harness(), '/avance', text, userId);

const chatEntries = () => readEntries(database.db, { source: 'chat' });

describe('/avance deshacer', () => {
  it('reverses the last entry, says which one, and tells the planning channel', async () => {
    await avance('1.2 7 Registrado dos veces');
    const [mistake] = await chatEntries();
    const reply = await avance('deshacer');
    expect(reply).toContain(`↩️ *Registro #${mistake?.id} deshecho* en *1.2*`);
    expect(reply).toContain(`_(corrige el registro #${mistake?.id})_`);
    expect(reply).toContain('0/40 (0 %)');
    expect((await chatEntries()).map((e) => [e.amount, e.correctsId])).toEqual([
      [7, null],
      [-7, mistake?.id],
    ]);
    await eventually(() =>
      expect(
        harness()
          .api.callsTo('chat.postMessage')
          .filter((call) => call.body.channel === PLANNING_CHANNEL)
          .map((call) => call.body.text),
      ).toContain(`<@${RESPONSABLE}> deshizo el registro #${mistake?.id} (-7) en 1.2: 0/40 (0 %)`),
    );
  });

  it('refuses a second undo and an outsider, and lets an admin correct any entry', async () => {
    await avance('1.2 7');
    const [entry] = await chatEntries();
    expect(await avance(`deshacer #${entry?.id}`, OUTSIDER)).toContain(
      `Solo quien registró el avance #${entry?.id} (María Gómez) o un administrador del plan puede deshacerlo.`,
    );
    expect(await avance(`deshacer #${entry?.id} cifra equivocada`, ADMIN)).toContain('deshecho');
    expect(await avance('deshacer')).toContain('ya se deshizo');
    expect(await chatEntries()).toHaveLength(2);
  });
});
