import { describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/platforms/teams/cards/verbs.js';
import { messages } from '../../../src/wording/messages.js';
import { cardProblems } from '../../helpers/adaptiveCards.js';
import { withTestDatabase } from '../../helpers/database.js';
import { readEntries } from '../../helpers/progress.js';
import {
  ADMIN,
  BOT_ID,
  CHANNEL_CONVERSATION,
  cardText,
  MARIA,
  mentionOf,
  OUTSIDER,
  personalConversationOf,
  type TeamsHarness,
  type TeamsPerson,
  useTeamsHarness,
} from '../../helpers/teamsApp.js';

const PLANNING = '19:oficina-planeacion@thread.tacv2';

const database = withTestDatabase('sqlite');
const harness = useTeamsHarness(database, { PLANNING_CHANNEL: PLANNING });

interface Card {
  version: string;
  body: unknown[];
  actions?: { title: string; verb: string; data: Record<string, unknown> }[];
  refresh?: { action: { verb: string }; userIds: string[] };
}

/** The card of the last activity the bot sent to the person's chat. */
function lastCardSentTo(h: TeamsHarness, person: TeamsPerson): Card {
  const sent = h.standIn.sentTo(personalConversationOf(person)).at(-1);
  const attachments = (sent?.body.attachments ?? []) as { content?: Card }[];
  const card = attachments[0]?.content;
  if (card === undefined) throw new Error('the bot sent no card');
  return card;
}

/** The card an Action.Execute invoke was answered with (the one that replaces the card clicked). */
function answeredCard(response: { status: number; body: unknown }): Card {
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return (response.body as { value: Card }).value;
}

/** Every Action.Execute of a card, wherever it sits (card actions, action sets in containers). */
function executeActions(node: unknown): { title: string; verb: string; data: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(executeActions);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'Action.Execute' ? [record as never] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, value]) => (key === 'refresh' ? [] : executeActions(value))),
  ];
}

async function estadoCard(h: TeamsHarness, person: TeamsPerson): Promise<Card> {
  expect((await h.post(h.activities.personalMessage(person, 'estado'))).status).toBe(200);
  return lastCardSentTo(h, person);
}

describe('Teams: the estado card (the Home tab)', () => {
  it("lists the caller's activities with status, progress and date, a button each, and refreshes for the caller", async () => {
    const h = harness();
    const card = await estadoCard(h, MARIA);
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Sus actividades');
    expect(text).toContain('1.2 Publicar contenidos sobre la gestión en redes sociales y en la página web');
    expect(text).toMatch(/[🔴🟡🟢] 0\/40 \(0 %\) · (Atrasada|En plazo)/u);
    expect(text).toMatch(/(Próxima fecha|Venció): \d+ \w+/);
    expect(text).toContain('Oficina de Comunicaciones');
    // Only her office's activity: 1.1 and 2.1 belong to others.
    expect(text).not.toMatch(/^1\.1 /m);
    expect(executeActions(card)).toEqual([
      {
        type: 'Action.Execute',
        title: 'Registrar avance',
        verb: VERBS.openProgressForm,
        data: { planId: h.planId, activityCode: '1.2' },
      },
      { type: 'Action.Execute', title: 'Registrar avance', verb: VERBS.openProgressForm, data: { planId: h.planId } },
      { type: 'Action.Execute', title: 'Actualizar', verb: VERBS.showStatus, data: {} },
    ]);
    // Teams refreshes it whenever María opens it: userIds take her Teams ID, not her Entra object ID.
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Actualizar', verb: VERBS.showStatus, data: {} },
      userIds: [MARIA.id],
    });
  });

  it('tells someone with no office whom to ask, with no activity buttons', async () => {
    const h = harness();
    const card = await estadoCard(h, OUTSIDER);
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain(messages.noOfficesForUser);
    expect(executeActions(card).map((action) => action.data.activityCode)).toEqual([undefined, undefined]);
  });

  it('adds the whole plan for an admin, as the Slack Home tab does', async () => {
    const h = harness();
    const card = await estadoCard(h, ADMIN);
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Todo el plan');
    expect(text).toContain('Cumplimiento promedio');
  });

  it('still answers estado with an ID with the activity detail', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, 'estado 1.2'));
    const text = cardText(lastCardSentTo(h, MARIA));
    expect(text).not.toContain('Sus actividades');
    expect(text).toContain('Responsables: Oficina de Comunicaciones');
    expect(text).toContain('Todavía no tiene avances registrados.');
  });

  it("keeps estado in a channel for the whole plan: the card is one person's", async () => {
    const h = harness();
    await h.post(
      h.activities.channelMessage(MARIA, '<at>Rinde</at> estado', [mentionOf({ id: BOT_ID, name: 'Rinde' })]),
    );
    const text = h.standIn
      .sentTo(CHANNEL_CONVERSATION)
      .map((activity) => cardText(activity.body))
      .join('\n');
    expect(text).toContain('Estado del plan');
    expect(text).not.toContain('Sus actividades');
  });

  it("opens the progress form on the button's activity", async () => {
    const h = harness();
    const button = executeActions(await estadoCard(h, MARIA)).find((action) => action.data.activityCode === '1.2');
    const form = answeredCard(await h.post(h.activities.cardAction(MARIA, button?.verb ?? '', button?.data ?? {})));
    expect(cardProblems(form)).toEqual([]);
    expect(form.body).toContainEqual(expect.objectContaining({ id: 'activityCode', value: '1.2' }));
    // The general button opens it with nothing chosen.
    const general = answeredCard(
      await h.post(h.activities.cardAction(MARIA, VERBS.openProgressForm, { planId: h.planId })),
    );
    expect(general.body.find((element) => (element as { id?: string }).id === 'activityCode')).not.toHaveProperty(
      'value',
    );
  });

  it("answers Teams' refresh with the card as it stands now", async () => {
    const h = harness();
    await estadoCard(h, MARIA);
    await h.post(h.activities.personalMessage(MARIA, 'avance 1.2 10 Diez piezas'));
    const refresh = {
      ...h.activities.cardAction(MARIA, VERBS.showStatus, {}),
      value: { action: { type: 'Action.Execute', verb: VERBS.showStatus, data: {} }, trigger: 'automatic' },
    };
    const card = answeredCard(await h.post(refresh));
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toMatch(/10\/40 \(25 %\)/);
    expect(card.refresh?.userIds).toEqual([MARIA.id]);
  });

  it('leads back from the confirmation to the estado card', async () => {
    const h = harness();
    const form = answeredCard(
      await h.post(h.activities.cardAction(MARIA, VERBS.openProgressForm, { planId: h.planId, activityCode: '1.2' })),
    );
    const save = form.actions?.[0];
    const confirmation = answeredCard(
      await h.post(
        h.activities.cardAction(MARIA, save?.verb ?? '', { ...save?.data, activityCode: '1.2', amount: '4' }),
      ),
    );
    expect(cardProblems(confirmation)).toEqual([]);
    expect(cardText(confirmation)).toContain('Avance registrado');
    const back = confirmation.actions?.find((action) => action.title === 'Ver mis actividades');
    expect(back?.verb).toBe(VERBS.showStatus);
    const status = answeredCard(await h.post(h.activities.cardAction(MARIA, back?.verb ?? '', back?.data ?? {})));
    expect(cardText(status)).toContain('Sus actividades');
    expect(cardText(status)).toMatch(/4\/40 \(10 %\)/);
  });

  it('offers the estado card on the welcome', async () => {
    const h = harness();
    await h.post(h.activities.installAdd(MARIA));
    const welcome = lastCardSentTo(h, MARIA);
    expect(cardProblems(welcome)).toEqual([]);
    expect(welcome.actions?.map((action) => [action.title, action.verb])).toContainEqual([
      'Ver mis actividades',
      VERBS.showStatus,
    ]);
  });
});

describe("Teams: the planning office's channel", () => {
  const notes = (h: TeamsHarness) => h.standIn.sentTo(PLANNING).map((activity) => activity.body.summary);

  it('gets a note after each entry typed and each reversal, once per request', async () => {
    const h = harness();
    const typed = h.activities.personalMessage(MARIA, 'avance 1.2 10 Diez piezas');
    await h.post(typed);
    await h.post(typed);
    await h.post(h.activities.personalMessage(MARIA, 'avance deshacer'));
    expect(notes(h)).toEqual([
      expect.stringMatching(/^María Gómez registró 10 en 1\.2: [🔴🟡🟢] 10\/40 \(25 %\) · /u),
      expect.stringMatching(/^María Gómez deshizo el registro #1 \(-10\) en 1\.2: [🔴🟡🟢] 0\/40 \(0 %\) · /u),
    ]);
    const [note] = h.standIn.sentTo(PLANNING);
    const attachments = (note?.body.attachments ?? []) as { content: unknown }[];
    expect(cardProblems(attachments[0]?.content)).toEqual([]);
    expect(cardText(note?.body)).toContain('📈 María Gómez registró **10** en **1.2** Publicar contenidos');
  });

  it('gets a note after a form submission and after a confirmed entry past the target', async () => {
    const h = harness();
    await h.post(
      h.activities.cardAction(MARIA, VERBS.submitProgress, {
        planId: h.planId,
        formId: 'form-1',
        activityCode: '1.2',
        amount: '5',
      }),
    );
    await h.post(h.activities.personalMessage(MARIA, 'avance 1.2 50'));
    const confirm = executeActions(lastCardSentTo(h, MARIA)).find((action) => action.verb === VERBS.confirmProgress);
    await h.post(h.activities.cardAction(MARIA, VERBS.confirmProgress, confirm?.data ?? {}));
    expect(notes(h)).toEqual([
      expect.stringMatching(/^María Gómez registró 5 en 1\.2/),
      expect.stringMatching(/^María Gómez registró 50 en 1\.2/),
    ]);
  });

  it('is not noted when nothing was saved', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(OUTSIDER, 'avance 1.2 5'));
    expect(await readEntries(database.db)).toEqual([]);
    expect(notes(h)).toEqual([]);
  });

  it('missing the note leaves the entry and its confirmation as they are, and says so in the log', async () => {
    const h = harness();
    h.standIn.connectorFailures.push({ status: 403 });
    const confirmation = answeredCard(
      await h.post(
        h.activities.cardAction(MARIA, VERBS.submitProgress, {
          planId: h.planId,
          formId: 'form-2',
          activityCode: '1.2',
          amount: '3',
        }),
      ),
    );
    expect(cardText(confirmation)).toContain('Avance registrado');
    expect((await readEntries(database.db)).map((entry) => entry.amount)).toEqual([3]);
    expect(notes(h)).toEqual([]);
    expect(h.rawLogs()).toContain('could not post to the planning channel');
  });
});

describe('The card checker', () => {
  it('finds unknown elements, elements newer than the declared version and Action.Execute without a verb', () => {
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlok', text: 'x' }],
        actions: [{ type: 'Action.Execute', title: 'Sin verbo' }],
      }),
    ).toEqual([expect.stringContaining('TextBlok'), expect.stringContaining('Sin verbo')]);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.2', body: [] })).toEqual([expect.stringContaining('1.2')]);
  });
});
