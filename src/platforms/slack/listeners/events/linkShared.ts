import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { formatPercent } from '../../../../domain/compliance.js';
import { formatLongDate } from '../../../../domain/dates.js';
import { getPublication } from '../../../../storage/publication.js';
import { activityOf, findPlan, loadPlanData, type PlanData } from '../../../../web/data.js';
import { webDepsOf } from '../../../../web/index.js';
import { routeOf } from '../../../../web/urls.js';
import { loggedAmountText } from '../../../../wording/amounts.js';
import { stateLabels, statusLabels } from '../../../../wording/messages.js';
import type { ListenerDeps } from '../../deps.js';
import { linkSharedSchema } from '../../payloads.js';

type Unfurl = { blocks: object[] };

function section(text: string, context: string): Unfurl {
  return {
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: context }] },
    ],
  };
}

/** What a link to the public page shows in Slack: an activity's progress, or the plan's compliance. */
function unfurlOf(data: PlanData, code: string | null): Unfurl | null {
  const { plan, summary } = data.status;
  const context = `${plan.entity} · vigencia ${data.year} · cifras al ${formatLongDate(data.today)}`;
  if (code === null) {
    return section(
      `*Plan de rendición de cuentas ${data.year}*\nCumplimiento ${formatPercent(summary.average)} · ${statusLabels[summary.status]} · ${summary.completed} de ${summary.activities} actividades completas`,
      context,
    );
  }
  const a = activityOf(data, code);
  if (a === undefined) return null;
  return section(
    `*${a.code} ${a.title}*\n${loggedAmountText(a.progress, a.unit)} de ${loggedAmountText(a.target, a.unit)} (${formatPercent(a.ratio)}) · ${statusLabels[a.status]} · ${stateLabels[a.state]}`,
    `${a.offices.map((o) => o.name).join(', ')} · ${context}`,
  );
}

/**
 * A link to the public page pasted in Slack shows the activity's (or the plan's) progress, through
 * chat.unfurl. Only while the page is published, and only links under PUBLIC_URL.
 */
export function linkShared(deps: ListenerDeps) {
  return async ({ body, client }: SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs): Promise<void> => {
    const { event } = linkSharedSchema.parse(body);
    const base = deps.config.PUBLIC_URL?.replace(/\/+$/, '');
    if (base === undefined) return;
    const publication = await getPublication(deps.db);
    if (!publication.published) return;
    const web = webDepsOf(deps.config, deps.db, deps.clock);
    const unfurls: Record<string, Unfurl> = {};
    for (const { url } of event.links) {
      if (!url.startsWith(`${base}/`)) continue;
      const route = routeOf(url.slice(base.length).split(/[?#]/)[0] ?? '/');
      if (route === null || (route.page !== 'home' && route.page !== 'plan' && route.page !== 'activity')) continue;
      const plan = await findPlan(deps.db, route.page === 'home' ? undefined : route.year);
      if (plan === null) continue;
      const unfurl = unfurlOf(
        await loadPlanData(web, plan, publication),
        route.page === 'activity' ? route.code : null,
      );
      if (unfurl !== null) unfurls[url] = unfurl;
    }
    if (Object.keys(unfurls).length === 0) return;
    const target =
      event.unfurl_id !== undefined && event.source !== undefined
        ? { unfurl_id: event.unfurl_id, source: event.source }
        : { channel: event.channel, ts: event.message_ts };
    await client.chat.unfurl({ ...target, unfurls } as Parameters<typeof client.chat.unfurl>[0]);
  };
}
