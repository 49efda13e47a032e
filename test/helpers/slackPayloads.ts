import { encodeActivityRef } from '../../src/platforms/slack/ids.js';

/**
 * Payloads shaped as Slack sends them, with defaults a test overrides field by field. Only the
 * fields Slack really sends; unknown ones the app must ignore are included too, as in production.
 */
let triggers = 0;

/** Each command has a trigger_id of its own, as in Slack; a replay sends the same body again. */
export function slashCommand(overrides: Record<string, string> & { command: string }): Record<string, string> {
  triggers += 1;
  return {
    token: 'verification-token-unused',
    team_id: 'T0MUNI',
    team_domain: 'alcaldia',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0PRENSA',
    user_name: 'prensa',
    text: '',
    api_app_id: 'A0RINDE',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:1/respond/unset',
    trigger_id: `1337.${triggers}.abcdef`,
    ...overrides,
  };
}

const team = { id: 'T0MUNI', domain: 'alcaldia' };

export function buttonClick(input: {
  actionId: string;
  planId: number;
  code: string;
  userId?: string;
  responseUrl?: string;
  container?: 'message' | 'view';
}): object {
  const inMessage = (input.container ?? 'message') === 'message';
  return {
    type: 'block_actions',
    team,
    user: { id: input.userId ?? 'U0PRENSA', username: 'prensa', name: 'prensa', team_id: 'T0MUNI' },
    api_app_id: 'A0RINDE',
    token: 'verification-token-unused',
    trigger_id: '1337.43.button',
    container: inMessage
      ? { type: 'message', message_ts: '1700000000.000100', channel_id: 'D0PRENSA', is_ephemeral: false }
      : { type: 'view', view_id: 'VHOME' },
    ...(inMessage ? { channel: { id: 'D0PRENSA', name: 'directmessage' } } : {}),
    ...(inMessage && input.responseUrl !== undefined ? { response_url: input.responseUrl } : {}),
    actions: [
      {
        type: 'button',
        block_id: 'b1',
        action_id: input.actionId,
        value: encodeActivityRef({ planId: input.planId, code: input.code }),
        text: { type: 'plain_text', text: 'Registrar avance', emoji: true },
        action_ts: '1700000001.000200',
      },
    ],
  };
}

export function modalSelect(input: { code: string; viewId?: string; metadata?: string; userId?: string }): object {
  return {
    type: 'block_actions',
    team,
    user: { id: input.userId ?? 'U0PRENSA', username: 'prensa', name: 'prensa', team_id: 'T0MUNI' },
    api_app_id: 'A0RINDE',
    trigger_id: '1337.44.select',
    container: { type: 'view', view_id: input.viewId ?? 'V100' },
    view: {
      id: input.viewId ?? 'V100',
      hash: '1700000002.hash',
      type: 'modal',
      callback_id: 'progress_modal',
      private_metadata: input.metadata ?? '{"planId":null,"responseUrl":null}',
      state: { values: {} },
    },
    actions: [
      {
        type: 'static_select',
        block_id: 'activityCode',
        action_id: 'progress_activity',
        selected_option: { text: { type: 'plain_text', text: input.code }, value: input.code },
        action_ts: '1700000002.000300',
      },
    ],
  };
}

export interface ModalValues {
  activityCode?: string | null;
  amount?: string | null;
  note?: string | null;
  evidenceUrl?: string | null;
}

/** A view_submission of the progress modal with what the user typed (null = left empty). */
export function progressSubmission(input: { values: ModalValues; metadata: string; userId?: string }): object {
  const { values } = input;
  const code = values.activityCode ?? null;
  return {
    type: 'view_submission',
    team,
    user: { id: input.userId ?? 'U0PRENSA', username: 'prensa', name: 'prensa', team_id: 'T0MUNI' },
    api_app_id: 'A0RINDE',
    trigger_id: '1337.45.submit',
    view: {
      id: 'V100',
      type: 'modal',
      callback_id: 'progress_modal',
      hash: '1700000003.hash',
      private_metadata: input.metadata,
      state: {
        values: {
          activityCode: {
            progress_activity: {
              type: 'static_select',
              selected_option: code === null ? null : { text: { type: 'plain_text', text: code }, value: code },
            },
          },
          amount: { value: { type: 'plain_text_input', value: values.amount ?? null } },
          note: { value: { type: 'plain_text_input', value: values.note ?? null } },
          evidenceUrl: { value: { type: 'url_text_input', value: values.evidenceUrl ?? null } },
        },
      },
    },
    response_urls: [],
  };
}

/** An event as the Events API wraps it for the app: `eventId` is what Rinde handles each event once by. */
export function eventCallback(eventId: string, event: Record<string, unknown>): object {
  return {
    token: 'verification-token-unused',
    team_id: 'T0MUNI',
    api_app_id: 'A0RINDE',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: 'T0MUNI', user_id: 'UBOT', is_bot: true }],
    event,
  };
}

export function appHomeOpened(input: { userId?: string; eventId?: string; tab?: string } = {}): object {
  return eventCallback(input.eventId ?? 'Ev0HOME1', {
    type: 'app_home_opened',
    user: input.userId ?? 'U0PRENSA',
    channel: 'D0PRENSA',
    tab: input.tab ?? 'home',
    event_ts: '1700000000.000001',
  });
}
