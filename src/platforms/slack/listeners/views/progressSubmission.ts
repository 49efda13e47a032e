import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { errorSummary } from '../../../../logger.js';
import {
  logProgress,
  parseProgressForm,
  replyingToUserErrors,
  requireCurrentPlan,
} from '../../../../usecases/index.js';
import { messages } from '../../../../wording/messages.js';
import type { ListenerDeps } from '../../deps.js';
import { PROGRESS_BLOCKS } from '../../ids.js';
import { modalMetadataSchema, progressFormFields, progressSubmissionSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { afterProgressLogged } from '../../services/progress.js';
import { notifyUser } from '../../services/respond.js';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The progress modal's "Guardar". Slack wants the answer to a submission in the ack itself (inline
 * errors or close), so the entry is validated and saved first: both are quick database work,
 * well inside 3 s. The confirmation, the planning note and the Home refresh follow the ack.
 */
export function progressSubmission(deps: ListenerDeps) {
  return async ({ ack, body, client }: Args): Promise<void> => {
    let acked = false;
    const answer: Args['ack'] = async (response) => {
      acked = true;
      await ack(response);
    };
    try {
      await saveAndConfirm(deps, { ack: answer, body, client });
    } catch (error) {
      // Keep the modal open with the reason rather than let Slack show its generic connection error.
      if (!acked)
        await answer({ response_action: 'errors', errors: { [PROGRESS_BLOCKS.activityCode]: messages.unexpected } });
      throw error;
    }
  };
}

async function saveAndConfirm(deps: ListenerDeps, { ack, body, client }: Pick<Args, 'ack' | 'body' | 'client'>) {
  const submission = progressSubmissionSchema.parse(body);
  const form = parseProgressForm(progressFormFields(submission));
  if (!form.ok) {
    await ack({ response_action: 'errors', errors: form.fieldErrors });
    return;
  }
  const metadata = modalMetadataSchema.parse(submission.view.private_metadata);
  const user = { id: submission.user.id, handle: submission.user.username ?? submission.user.name };
  const ctx = {
    ...(await callerContext(deps, client, user, metadata.planId)),
    // The view and its state's hash identify this submission: a retried one stores nothing new.
    requestKey: `view:${submission.view.id}:${submission.view.hash ?? ''}`,
  };
  const reply = await replyingToUserErrors(async () => {
    if (metadata.planId !== null) await requireCurrentPlan(ctx, metadata.planId);
    return logProgress(ctx, form.input);
  });
  if (reply.kind === 'error') {
    // Unknown activity, no rights, no plan: all about the chosen activity.
    await ack({ response_action: 'errors', errors: { [PROGRESS_BLOCKS.activityCode]: reply.message } });
    return;
  }
  await ack();
  // The entry is saved and the modal closed: a lost confirmation is logged, never reported as a failure.
  await notifyUser(client, user.id, metadata.responseUrl, reply).catch((error: unknown) =>
    deps.logger.warn({ userId: user.id, err: errorSummary(error) }, 'could not confirm the saved entry'),
  );
  if (reply.kind === 'progress-logged' && reply.duplicate !== true) await afterProgressLogged(deps, client, reply);
}
