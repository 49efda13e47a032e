import { parentPort, workerData } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartWorkerAnswer } from './complianceChart.js';
import { renderInThisThread } from './renderInThisThread.js';

// One chart per worker (started by renderChartPng): render the spec it was given, post the PNG back
// with vega's warnings, and end.

const { spec } = workerData as { spec: TopLevelSpec };
const warnings: ChartWorkerAnswer['warnings'] = [];
const log = { warn: (details: object, message: string) => warnings.push({ details, message }) };
try {
  const png = await renderInThisThread(spec, log);
  const answer: ChartWorkerAnswer = { png, warnings };
  parentPort?.postMessage(answer);
} catch (error) {
  const answer: ChartWorkerAnswer = {
    png: new Uint8Array(),
    warnings,
    error: String((error as Error)?.message ?? error),
  };
  parentPort?.postMessage(answer);
}
