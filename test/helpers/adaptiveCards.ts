import { createRequire } from 'node:module';
import { CARD_VERSION } from '../../src/platforms/teams/cards/kit.js';
import { VERBS } from '../../src/platforms/teams/cards/verbs.js';

/**
 * Microsoft's own Adaptive Cards library (the renderer Teams' web client is built on), used only to
 * parse: it knows every element and action of each schema version and reports what it does not know.
 * Its ESM build imports without file extensions, so the UMD bundle is loaded instead.
 */
interface ParseEvent {
  message: string;
}
interface AdaptiveCardsLibrary {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: ParseEvent[] };
  };
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(index: number): ParseEvent };
  Version: { parse(text: string, context: unknown): unknown };
}
const library = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsLibrary;

const KNOWN_VERBS = new Set<string>(Object.values(VERBS));

/** Every Action.Execute anywhere in a card: its actions, action sets, select actions, its refresh. */
function executeActions(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(executeActions);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'Action.Execute' ? [record] : [];
  return [...own, ...Object.values(record).flatMap(executeActions)];
}

/**
 * What is wrong with a card against the schema version it declares (which must be Rinde's,
 * CARD_VERSION): elements or actions that version does not have, properties it rejects, and any
 * Action.Execute without a verb Rinde answers. Empty when the card is sound.
 */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const declared = (card as { version?: unknown }).version;
  if (declared !== CARD_VERSION) problems.push(`declares version ${String(declared)}, not ${CARD_VERSION}`);
  const context = new library.SerializationContext(library.Version.parse(CARD_VERSION, undefined));
  const parsed = new library.AdaptiveCard();
  parsed.parse(card, context);
  for (let index = 0; index < context.eventCount; index++) problems.push(context.getEventAt(index).message);
  problems.push(...parsed.validateProperties().validationEvents.map((event) => event.message));
  for (const action of executeActions(card)) {
    if (typeof action.verb !== 'string' || !KNOWN_VERBS.has(action.verb))
      problems.push(`Action.Execute "${String(action.title)}" has no verb Rinde answers (${String(action.verb)})`);
  }
  return problems;
}
