import cron, { type ScheduledTask } from 'node-cron';
import type { JobDeps } from './jobs/context.js';
import { postCutoffReport } from './jobs/cutoff.js';
import type { JobConfig } from './jobs/jobConfig.js';
import { runReminderSweep } from './jobs/reminderSweep.js';
import { sendWeeklyDigest } from './jobs/weeklyDigest.js';
import { errorSummary } from './logger.js';

export interface Scheduler {
  /** No new runs; resolves once the runs in progress have finished. */
  stop(): Promise<void>;
}

/**
 * Maps each cron expression to its job, in the municipality's zone. node-cron only says when to
 * look; what to send is decided by the jobs from the database, so a missed or doubled tick is
 * harmless. A failing run is logged and the next tick tries again.
 */
export function startScheduler(
  config: Pick<JobConfig, 'SWEEP_CRON' | 'DIGEST_CRON' | 'CUTOFF_CRON'> & { CUTOFF_DATES: readonly string[] },
  deps: JobDeps,
  clock: () => Date = () => new Date(),
): Scheduler {
  const timezone = deps.settings.timeZone;
  // node-cron's destroy() does not wait for a run in progress; stop() must, before the database closes.
  const running = new Set<Promise<void>>();
  const guarded = async (name: string, job: () => Promise<unknown>) => {
    try {
      await job();
    } catch (error) {
      deps.logger.error({ job: name, err: errorSummary(error) }, 'scheduled job failed');
    }
  };
  const task = (name: string, expression: string, job: () => Promise<unknown>): ScheduledTask =>
    cron.schedule(
      expression,
      async () => {
        const run = guarded(name, job);
        running.add(run);
        await run.finally(() => running.delete(run));
      },
      { name, timezone, noOverlap: true },
    );
  const tasks = [
    task('reminder-sweep', config.SWEEP_CRON, () => runReminderSweep({ ...deps, now: clock(), clock })),
    task('weekly-digest', config.DIGEST_CRON, () => sendWeeklyDigest({ ...deps, now: clock(), clock })),
    task('cutoff-report', config.CUTOFF_CRON, () =>
      postCutoffReport({ ...deps, now: clock(), clock, cutoffDates: config.CUTOFF_DATES }),
    ),
  ];
  return {
    async stop() {
      for (const scheduled of tasks) await scheduled.destroy();
      await Promise.all(running);
    },
  };
}
