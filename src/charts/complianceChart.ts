import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { Status, StatusBands } from '../domain/types.js';
import { packageRoot } from '../paths.js';

/**
 * The digest's chart: compliance per subcomponent as horizontal bars in the status colours.
 * vega-lite → vega → SVG → resvg PNG: no browser, no canvas build, nothing downloaded at run time.
 */
export interface ChartBar {
  label: string;
  ratio: number;
  status: Status;
}

/** What the chart says about itself: whose plan, cut on which day, and the bands its colours mean. */
export interface ChartFrame {
  title: string;
  /** "Alcaldía de Tauramena · corte al 8 de julio de 2024". */
  subtitle: string;
  bands: StatusBands;
}

/** Where vega's own warnings go: the app's JSON logger (pino's `warn(object, message)`), never stderr. */
export interface ChartLog {
  warn(details: object, message: string): void;
}

export interface PngFile {
  filename: string;
  title: string;
  bytes: Uint8Array;
}

// Slack's own palette for its status colours, so the chart matches the emoji beside it.
const STATUS_COLOURS: Record<Status, string> = { red: '#E01E5A', yellow: '#ECB22E', green: '#2EB67D' };
const WIDTH = 560;
const BAR_HEIGHT = 34;
const LABEL_LENGTH = 38;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

function shortLabel(label: string): string {
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

function percentLabel(ratio: number): string {
  return `${Math.round(ratio * 100)} %`;
}

/** The bands as a line under the title: the reference lines need words beside their colours. */
export function bandsCaption(bands: StatusBands): string {
  return `Líneas: amarillo desde ${percentLabel(bands.yellow)}, verde desde ${percentLabel(bands.green)}`;
}

export function complianceChartSpec(frame: ChartFrame, bars: readonly ChartBar[]): TopLevelSpec {
  const values = bars.map((bar, order) => ({
    order,
    label: shortLabel(bar.label),
    ratio: Math.min(Math.max(bar.ratio, 0), 1),
    percent: percentLabel(bar.ratio),
    status: bar.status,
  }));
  const statuses = Object.keys(STATUS_COLOURS) as Status[];
  const statusColour = {
    field: 'status',
    type: 'nominal',
    scale: { domain: statuses, range: statuses.map((s) => STATUS_COLOURS[s]) },
    legend: null,
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: frame.title,
      subtitle: [frame.subtitle, bandsCaption(frame.bands)],
      anchor: 'start',
      fontSize: 15,
      subtitleFontSize: 12,
    },
    width: WIDTH,
    height: { step: BAR_HEIGHT },
    background: 'white',
    padding: 12,
    config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12 } },
    layer: [
      {
        data: { values },
        encoding: {
          // "min", not the default "sum": layered domains are unioned, and vega-lite warns about any other op.
          y: {
            field: 'label',
            type: 'nominal',
            sort: { field: 'order', op: 'min' },
            title: null,
            axis: { labelLimit: 260 },
          },
          x: {
            field: 'ratio',
            type: 'quantitative',
            scale: { domain: [0, 1] },
            title: 'Cumplimiento promedio',
            axis: { labelExpr: "round(datum.value * 100) + ' %'", tickCount: 5, grid: true },
          },
        },
        layer: [
          { mark: { type: 'bar', cornerRadiusEnd: 3 }, encoding: { color: statusColour } },
          { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { text: { field: 'percent' } } },
        ],
      },
      {
        // The status bands' lower bounds as full-height lines, each in the colour that starts there.
        data: {
          values: [
            { ratio: frame.bands.yellow, status: 'yellow' },
            { ratio: frame.bands.green, status: 'green' },
          ],
        },
        mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 2 },
        encoding: { x: { field: 'ratio', type: 'quantitative' }, color: statusColour },
      },
    ],
  };
}

/**
 * The spec drawn as a PNG in a worker thread of its own, which ends with the render: vega, vega-lite
 * and resvg are loaded there, so the tens of megabytes they take are given back after the weekly
 * digest, and their synchronous work does not hold up the commands the bot is answering meanwhile.
 * vega's warnings come back with the PNG and go to `log`.
 */
export function renderChartPng(spec: TopLevelSpec, log?: ChartLog): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(chartWorkerScript(), { workerData: { spec } });
    worker.once('message', ({ png, warnings, error }: ChartWorkerAnswer) => {
      for (const warning of warnings) log?.warn(warning.details, warning.message);
      if (error === undefined) resolve(png);
      else reject(new Error(error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the chart worker stopped (exit ${code}) before answering`)));
  });
}

/** What chartWorker.ts posts back: the PNG or why there is none, and vega's warnings either way. */
export interface ChartWorkerAnswer {
  png: Uint8Array;
  warnings: { details: object; message: string }[];
  error?: string;
}

/**
 * The compiled worker beside this module; from the TypeScript sources (the tests), the build's copy
 * in dist/, which the tests' global setup compiles first: a worker thread runs JavaScript only.
 */
function chartWorkerScript(): URL | string {
  if (import.meta.url.endsWith('.js')) return new URL('./chartWorker.js', import.meta.url);
  return join(packageRoot(), 'dist/src/charts/chartWorker.js');
}

/** "cumplimiento-al-2024-07-08.png": one chart per digest, named for the day it is cut at. */
export async function complianceChartPng(
  frame: ChartFrame,
  bars: readonly ChartBar[],
  name: string,
  log?: ChartLog,
): Promise<PngFile> {
  return {
    filename: `cumplimiento-${name}.png`,
    title: `${frame.title} · ${frame.subtitle}`,
    bytes: await renderChartPng(complianceChartSpec(frame, bars), log),
  };
}
