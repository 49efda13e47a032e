import { type ComplianceTotals, complianceReport } from '../domain/compliance.js';
import type { CutoffStatus } from '../domain/cutoff.js';
import type { Status, StatusBands, TargetUnit } from '../domain/types.js';
import type { PlanView } from '../storage/planView.js';
import type { ProgressRecord } from '../storage/progress.js';
import { evidenceByActivity } from './sheet.js';

/**
 * The report the Oficina de Control Interno reviews at a cut-off: per activity, the progress
 * effective on or before the cut-off date (whenever it was logged), its percentage and colour,
 * and the evidence behind it; with the countdown to the publication deadline.
 */

export interface CutoffActivity {
  code: string;
  title: string;
  subcomponent: { code: string; name: string };
  offices: string[];
  target: number;
  unit: TargetUnit;
  progress: number;
  ratio: number;
  status: Status;
  state: 'completed' | 'behind' | 'on_track';
  /** Evidence links of the entries that still stand, oldest first, each once. */
  evidence: string[];
}

export interface CutoffSubcomponent extends ComplianceTotals {
  code: string;
  name: string;
}

export interface CutoffReport {
  plan: { id: number; entity: string; year: number; from: string; to: string };
  cutoff: CutoffStatus;
  summary: ComplianceTotals;
  subcomponents: CutoffSubcomponent[];
  activities: CutoffActivity[];
}

export interface CutoffReportInput {
  /** Loaded with `asOf: cutoff.date`. */
  view: PlanView;
  /** The plan's entries effective on or before the cut-off date. */
  entries: readonly ProgressRecord[];
  cutoff: CutoffStatus;
  bands: StatusBands;
}

export function buildCutoffReport(input: CutoffReportInput): CutoffReport {
  const { view, cutoff, bands } = input;
  const subcomponentOf = new Map(view.subcomponents.map((s) => [s.id, s]));
  const evidence = evidenceByActivity(input.entries);
  const compliance = complianceReport(
    view.subcomponents.map((s) => s.code),
    view.activities.map((a) => ({
      code: a.code,
      subcomponentCode: subcomponentOf.get(a.subcomponentId)?.code ?? '',
      target: a.target,
      progress: a.progress,
      dueDates: a.dueDates,
    })),
    cutoff.date,
    bands,
  );
  return {
    plan: {
      id: view.plan.id,
      entity: view.plan.entity,
      year: view.plan.year,
      from: view.plan.startsOn,
      to: view.plan.endsOn,
    },
    cutoff,
    summary: compliance.summary,
    subcomponents: view.subcomponents.map((s, index) => ({
      ...(compliance.subcomponents[index] ?? compliance.summary),
      code: s.code,
      name: s.name,
    })),
    activities: view.activities.map((activity, index) => {
      const result = compliance.activities[index];
      const subcomponent = subcomponentOf.get(activity.subcomponentId);
      return {
        code: activity.code,
        title: activity.title,
        subcomponent: { code: subcomponent?.code ?? '', name: subcomponent?.name ?? '' },
        offices: activity.offices.map((office) => office.name),
        target: activity.target,
        unit: activity.unit,
        progress: activity.progress,
        ratio: result?.ratio ?? 0,
        status: result?.status ?? 'red',
        state: result?.state ?? 'on_track',
        evidence: evidence.get(activity.id) ?? [],
      };
    }),
  };
}
