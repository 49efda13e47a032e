import { type ChartLog, complianceChartPng } from '../charts/complianceChart.js';
import { digestChartFrame } from '../digest/lines.js';
import { loadDigest } from '../digest/load.js';
import { renderDigestText } from '../digest/text.js';
import type { Digest } from '../domain/digest.js';
import type { StatusBands } from '../domain/types.js';
import type { DigestNotice } from '../platforms/port.js';
import type { CommandContext } from '../usecases/context.js';
import { requirePlan } from '../usecases/plan.js';
import type { JobDeps } from './context.js';
import type { DigestRendering } from './outbox.js';

export async function digestChart(digest: Digest, bands: StatusBands, log?: ChartLog) {
  const bars = digest.subcomponents.map((s) => ({ label: `${s.code}. ${s.name}`, ratio: s.average, status: s.status }));
  return complianceChartPng(digestChartFrame(digest, bands), bars, `al-${digest.today}`, log);
}

export async function renderDigestForOutbox(deps: JobDeps, planId: number, now: Date): Promise<DigestRendering> {
  const digest = await loadDigest(deps.db, planId, now, { timeZone: deps.settings.timeZone, bands: deps.bands });
  return {
    notice: { type: 'digest', digest, bands: deps.bands },
    chart: digest.subcomponents.length === 0 ? null : await digestChart(digest, deps.bands, deps.logger),
    chartComment: digestChartFrame(digest, deps.bands).title,
  };
}

export interface DigestReply {
  digest: Digest;
  /** Plain Spanish text: the console and notification fallbacks. */
  text: string;
  /** For a platform to render (the CLI's --json shows Slack's Block Kit). */
  notice: DigestNotice;
}

/**
 * `/rinde resumen`: the digest on demand for the plan the command works on (ctx.planRef or the active
 * one). Throws the command layer's UserError when there is no such plan, like every other command.
 */
export async function digestReply(ctx: CommandContext): Promise<DigestReply> {
  const plan = await requirePlan(ctx);
  const digest = await loadDigest(ctx.db, plan.id, ctx.now, { timeZone: ctx.timeZone, bands: ctx.bands });
  return { digest, text: renderDigestText(digest, ctx.bands), notice: { type: 'digest', digest, bands: ctx.bands } };
}
