import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import {
  ADMIN,
  eventually,
  OUTSIDER,
  RESPONSABLE,
  runSlashCommand,
  useSlackHarness,
} from '../../../../helpers/slackApp.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);
const run = (command: string, text: string, userId?: string) => runSlashCommand(harness(), command, text, userId);

describe('/rinde', () => {
  it('lets an admin assign someone (mention as Slack sends it) and refreshes their Home tab', async () => {
    const reply = await run('/rinde', `asignar <@${OUTSIDER}|otro> Oficina de Comunicaciones`, ADMIN);
    expect(reply).toContain(`<@${OUTSIDER}> ahora responde por Oficina de Comunicaciones`);
    const member = await database.db.member.findUnique({ where: { userId: OUTSIDER }, include: { offices: true } });
    expect(member?.offices).toHaveLength(1);
    await eventually(() => expect(harness().api.callsTo('views.publish')[0]?.body.user_id).toBe(OUTSIDER));
  });

  it('refuses set-up to non-admins, saying who can', async () => {
    const reply = await run('/rinde', `admin <@${OUTSIDER}>`, RESPONSABLE);
    expect(reply).toContain('solo para administradores');
    expect(await database.db.member.findUnique({ where: { userId: OUTSIDER } })).toBeNull();
  });

  it('lists the offices', async () => {
    expect(await run('/rinde', 'oficinas')).toContain('Oficina de Comunicaciones');
  });

  it('answers an unknown option with the way to get help', async () => {
    expect(await run('/rinde', 'borrar todo')).toContain('/rinde ayuda');
  });
});
