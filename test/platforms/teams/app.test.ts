import { describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/platforms/teams/cards/verbs.js';
import { getMember } from '../../../src/storage/members.js';
import { updatePublication } from '../../../src/storage/publication.js';
import { getTeamsConversation } from '../../../src/storage/teamsConversations.js';
import { describeEachEngine } from '../../helpers/database.js';
import { readEntries } from '../../helpers/progress.js';
import {
  ADMIN,
  APP_ID,
  APP_PASSWORD,
  BOT_ID,
  CHANNEL_CONVERSATION,
  cardOf,
  cardText,
  MARIA,
  mentionOf,
  OUTSIDER,
  personalConversationOf,
  TENANT_ID,
  useTeamsHarness,
} from '../../helpers/teamsApp.js';
import { foreignKey } from '../../helpers/teamsStandIn.js';

// On both engines, as the Slack app's tests: the Teams listeners write through the same repositories.
describeEachEngine('Teams app', (database) => {
  const harness = useTeamsHarness(database);

  const entries = () => readEntries(database.db);

  /** The cards' text of everything the bot sent to a conversation. */
  function sentText(conversationId: string): string {
    return harness()
      .standIn.sentTo(conversationId)
      .map((activity) => cardText(activity.body))
      .join('\n---\n');
  }

  describe('Teams: commands in a personal chat', () => {
    it('logs progress typed as text and confirms it in the chat, as a card', async () => {
      const h = harness();
      const response = await h.post(
        h.activities.personalMessage(MARIA, 'avance 1.2 10 Publicamos 10 piezas https://tauramena.gov.co/noticias'),
      );
      expect(response.status).toBe(200);
      expect(await entries()).toMatchObject([
        {
          amount: 10,
          authorId: MARIA.aadObjectId,
          authorName: MARIA.name,
          note: 'Publicamos 10 piezas',
          evidenceUrl: 'https://tauramena.gov.co/noticias',
        },
      ]);
      const [sent] = h.standIn.sentTo(personalConversationOf(MARIA));
      expect(sent?.body).toMatchObject({
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
      });
      expect(cardText(sent?.body)).toContain('Avance registrado');
      expect(cardText(sent?.body)).toContain('se suman 10: ahora 10 de 40');
      // The bot spoke with the token it got by client credentials for the Bot Framework.
      expect(sent?.authorization).toBe(`Bearer ${h.standIn.issuedTokens[0]}`);
      expect(h.standIn.tokenRequests[0]?.tenant).toBe(TENANT_ID);
      expect(Object.fromEntries(h.standIn.tokenRequests[0]?.form ?? [])).toMatchObject({
        grant_type: 'client_credentials',
        client_id: APP_ID,
        client_secret: APP_PASSWORD,
        scope: 'https://api.botframework.com/.default',
      });
      expect(h.rawLogs()).not.toContain(APP_PASSWORD);
    });

    it('takes the commands with a leading slash too, and a retried activity stores nothing new', async () => {
      const h = harness();
      const activity = h.activities.personalMessage(MARIA, '/avance 1.2 4');
      await h.post(activity);
      await h.post(activity);
      expect((await entries()).map((entry) => entry.amount)).toEqual([4]);
      await h.post(h.activities.personalMessage(MARIA, '/estado 1.2'));
      const text = sentText(personalConversationOf(MARIA));
      // Entry numbers are the database's: PostgreSQL's sequences go on across the emptied tables.
      const [entry] = await entries();
      expect(text).toContain(`Esta solicitud ya se había registrado como #${entry?.id}`);
      expect(text).toContain('1.2 Publicar contenidos');
      expect(text).toContain('Historial:');
    });

    it('refuses progress from someone outside the office, saying who may log it', async () => {
      const h = harness();
      await h.post(h.activities.personalMessage(MARIA, 'pendientes'));
      await h.post(h.activities.personalMessage(OUTSIDER, 'avance 1.2 5'));
      expect(await entries()).toEqual([]);
      const text = sentText(personalConversationOf(OUTSIDER));
      // María has talked to the bot, so she is named rather than shown by her object ID.
      expect(text).toContain(
        'Solo pueden registrar avance en la actividad 1.2 los miembros de Oficina de Comunicaciones (María Gómez)',
      );
    });

    it('answers an unknown word with the nearest command', async () => {
      const h = harness();
      await h.post(h.activities.personalMessage(MARIA, 'estdo'));
      expect(sentText(personalConversationOf(MARIA))).toMatch(/estado/);
    });

    it('lets an admin assign a member mentioned in Teams, found by the Teams roster', async () => {
      const h = harness();
      h.standIn.roster.set(OUTSIDER.id, OUTSIDER);
      await h.post(
        h.activities.personalMessage(ADMIN, `rinde asignar <at>${OUTSIDER.name}</at> Oficina de Comunicaciones`, {
          entities: [mentionOf(OUTSIDER)],
        }),
      );
      expect((await getMember(database.db, OUTSIDER.aadObjectId))?.offices.map((office) => office.name)).toEqual([
        'Oficina de Comunicaciones',
      ]);
      await h.post(h.activities.personalMessage(OUTSIDER, 'avance 1.2 2'));
      expect((await entries()).map((entry) => entry.authorId)).toEqual([OUTSIDER.aadObjectId]);
    });

    it('refuses the admin commands to members who are not admins', async () => {
      const h = harness();
      await h.post(h.activities.personalMessage(MARIA, `rinde admin ${OUTSIDER.aadObjectId}`));
      expect((await getMember(database.db, OUTSIDER.aadObjectId))?.isAdmin ?? false).toBe(false);
      expect(sentText(personalConversationOf(MARIA))).toContain('solo para administradores');
    });
  });

  describe('Teams: channels', () => {
    it('stays silent unless mentioned, and answers a mention with the mention stripped', async () => {
      const h = harness();
      await h.post(h.activities.channelMessage(MARIA, 'estado'));
      expect(h.standIn.sent).toEqual([]);
      await h.post(
        h.activities.channelMessage(MARIA, '<at>Rinde</at> avance 1.2 3', [mentionOf({ id: BOT_ID, name: 'Rinde' })]),
      );
      expect((await entries()).map((entry) => entry.amount)).toEqual([3]);
      expect(sentText(CHANNEL_CONVERSATION)).toContain('Avance registrado');
      // A channel is not where reminders go: nothing is stored as María's conversation.
      expect(await getTeamsConversation(database.db, MARIA.aadObjectId)).toBeNull();
    });
  });

  describe('Teams: the progress form card', () => {
    async function openForm() {
      const h = harness();
      await h.post(h.activities.personalMessage(MARIA, 'avance'));
      const [sent] = h.standIn.sentTo(personalConversationOf(MARIA));
      const card = cardOf(sent);
      const execute = card.actions[0];
      return { h, card, execute };
    }

    it("lists the caller's own activities first and saves a submission, replacing the card with the confirmation", async () => {
      const { h, card, execute } = await openForm();
      const choices = card.body.find((element) => element.id === 'activityCode')?.choices;
      expect(choices?.map((choice) => choice.value)).toEqual(['1.2', '1.1', '2.1']);
      expect(choices?.[0]?.title).toMatch(/^★ 1\.2/);
      expect(execute?.verb).toBe(VERBS.submitProgress);

      const submit = h.activities.cardAction(MARIA, VERBS.submitProgress, {
        ...execute?.data,
        activityCode: '1.2',
        amount: '2,5',
        note: 'Boletín de mayo',
        evidenceUrl: 'https://tauramena.gov.co/boletin',
        effectiveOn: '2024-05-10',
      });
      const response = await h.post(submit);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      const confirmation = cardText((response.body as { value: unknown }).value);
      expect(confirmation).toContain('Avance registrado');
      expect(confirmation).toContain('Cuenta el 10 de mayo de 2024');
      expect(await entries()).toMatchObject([{ amount: 2.5, effectiveOn: '2024-05-10', note: 'Boletín de mayo' }]);

      // A second click on the same form (a new invoke) finds the entry already stored.
      await h.post({ ...submit, id: 'another-invoke' });
      expect(await entries()).toHaveLength(1);
    });

    it('brings the form back with the error on its field and the values kept, storing nothing', async () => {
      const { h, execute } = await openForm();
      const response = await h.post(
        h.activities.cardAction(MARIA, VERBS.submitProgress, {
          ...execute?.data,
          activityCode: '1.2',
          amount: 'diez',
          note: 'Sin cifra',
        }),
      );
      const card = (response.body as { value: { body: { id?: string; value?: string }[] } }).value;
      expect(cardText(card)).toMatch(/diez/);
      expect(card.body.find((element) => element.id === 'note')?.value).toBe('Sin cifra');
      expect(await entries()).toEqual([]);
    });

    it('refuses a submission from someone without rights, on the activity field', async () => {
      const { h, execute } = await openForm();
      const response = await h.post(
        h.activities.cardAction(OUTSIDER, VERBS.submitProgress, { ...execute?.data, activityCode: '1.2', amount: '1' }),
      );
      expect(cardText((response.body as { value: unknown }).value)).toContain('Solo pueden registrar avance');
      expect(await entries()).toEqual([]);
    });

    it('asks before passing the target, and its button logs exactly that once', async () => {
      const h = harness();
      await h.post(h.activities.personalMessage(MARIA, 'avance 1.2 50 Todo el año'));
      expect(await entries()).toEqual([]);
      const [sent] = h.standIn.sentTo(personalConversationOf(MARIA));
      const confirm = cardOf(sent).actions[0];
      expect(confirm?.verb).toBe(VERBS.confirmProgress);
      const click = h.activities.cardAction(MARIA, VERBS.confirmProgress, confirm?.data ?? {});
      const response = await h.post(click);
      expect(cardText((response.body as { value: unknown }).value)).toContain('Avance registrado');
      await h.post({ ...click, id: 'second-click' });
      expect(await entries()).toMatchObject([{ amount: 50, note: 'Todo el año' }]);
    });
  });

  describe('Teams: installing the app', () => {
    it("stores the member's personal conversation and greets them with their activities", async () => {
      const h = harness();
      const response = await h.post(h.activities.installAdd(MARIA));
      expect(response.status).toBe(200);
      expect(await getTeamsConversation(database.db, MARIA.aadObjectId)).toEqual({
        aadObjectId: MARIA.aadObjectId,
        teamsUserId: MARIA.id,
        displayName: MARIA.name,
        conversationId: personalConversationOf(MARIA),
        serviceUrl: h.standIn.serviceUrl,
        tenantId: TENANT_ID,
      });
      const welcome = sentText(personalConversationOf(MARIA));
      expect(welcome).toContain('¡Hola, María Gómez! Soy Rinde.');
      expect(welcome).toContain('1.2 Publicar contenidos');
    });

    it('stores the conversation from the conversation update alone, without a second welcome', async () => {
      const h = harness();
      await h.post(h.activities.membersAdded(OUTSIDER));
      expect((await getTeamsConversation(database.db, OUTSIDER.aadObjectId))?.conversationId).toBe(
        personalConversationOf(OUTSIDER),
      );
      expect(h.standIn.sent).toEqual([]);
    });
  });

  describe('Teams: authentication of every request', () => {
    const cases: [string, (h: ReturnType<typeof harness>, activity: Record<string, unknown>) => string | null][] = [
      ['a bad signature', (h, a) => `Bearer ${h.standIn.signToken({ ...claimsOf(h, a) }, { key: foreignKey() })}`],
      ['the wrong audience', (h, a) => `Bearer ${h.tokenFor(a, { aud: 'another-bot' })}`],
      ['the wrong issuer', (h, a) => `Bearer ${h.tokenFor(a, { iss: 'https://sts.windows.net/other/' })}`],
      [
        'a serviceurl claim that is not the activity’s',
        (h, a) => `Bearer ${h.tokenFor(a, { serviceurl: 'https://smba.trafficmanager.net/evil/' })}`,
      ],
      ['no Authorization header', () => null],
      [
        'an expired token',
        (h, a) => {
          const past = Math.floor(Date.now() / 1000) - 3600;
          return `Bearer ${h.tokenFor(a, { iat: past - 600, nbf: past - 600, exp: past })}`;
        },
      ],
    ];

    function claimsOf(h: ReturnType<typeof harness>, activity: Record<string, unknown>) {
      const [, payload = ''] = h.tokenFor(activity).split('.');
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    }

    it.each(cases)('refuses %s with 401, doing nothing', async (_name, authorization) => {
      const h = harness();
      const activity = h.activities.personalMessage(MARIA, 'avance 1.2 1');
      const response = await h.post(activity, { authorization: authorization(h, activity) });
      expect(response.status).toBe(401);
      expect(await entries()).toEqual([]);
      expect(h.standIn.sent).toEqual([]);
    });

    it('serves /healthz while the endpoint refuses unsigned requests', async () => {
      const h = harness();
      const health = await fetch(`${h.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });
    });

    it('serves the public pages on the same port, only once they are published', async () => {
      const h = harness();
      const hidden = await fetch(`${h.url}/`);
      expect(hidden.status).toBe(404);
      expect(await hidden.text()).toContain('Página no encontrada');
      await updatePublication(database.db, { published: true });
      // The pages' cache reads the data version at most once a second.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const shown = await fetch(`${h.url}/`);
      expect(shown.status).toBe(200);
      const page = await shown.text();
      expect(page).toContain('lang="es-CO"');
      expect(page).not.toContain(MARIA.aadObjectId);
    });
  });
});
