import type { TopLevelSpec } from 'vega-lite';
import type { Status } from '../domain/types.js';

/**
 * The digest's chart: compliance per subcomponent as horizontal bars in the status colours.
 * vega-lite → vega → SVG → resvg PNG: no browser, no canvas build, nothing downloaded at run time.
 */
export interface ChartBar {
  label: string;
  ratio: number;
  status: Status;
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
const PIXEL_RATIO = 2;

function shortLabel(label: string): string {
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

export function complianceChartSpec(title: string, bars: readonly ChartBar[]): TopLevelSpec {
  const values = bars.map((bar, order) => ({
    order,
    label: shortLabel(bar.label),
    ratio: Math.min(Math.max(bar.ratio, 0), 1),
    percent: `${Math.round(bar.ratio * 100)} %`,
    status: bar.status,
  }));
  const statuses = Object.keys(STATUS_COLOURS) as Status[];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 15 },
    width: WIDTH,
    height: { step: BAR_HEIGHT },
    background: 'white',
    padding: 12,
    config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12 } },
    data: { values },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 260 } },
      x: {
        field: 'ratio',
        type: 'quantitative',
        scale: { domain: [0, 1] },
        title: 'Cumplimiento promedio',
        axis: { labelExpr: "round(datum.value * 100) + ' %'", tickCount: 5, grid: true },
      },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3 },
        encoding: {
          color: {
            field: 'status',
            type: 'nominal',
            scale: { domain: statuses, range: statuses.map((s) => STATUS_COLOURS[s]) },
            legend: null,
          },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { text: { field: 'percent' } } },
    ],
  };
}

/**
 * vega, vega-lite and resvg are loaded on the first chart, not at start-up: together they are tens of
 * megabytes of resident memory that a bot only needs once a week, for the digest.
 */
export async function renderChartPng(spec: TopLevelSpec): Promise<Uint8Array> {
  const [{ parse, View }, { compile }, { Resvg }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
  ]);
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
      fitTo: { mode: 'zoom', value: PIXEL_RATIO },
    }).render();
    return png.asPng();
  } finally {
    view.finalize();
  }
}

/** "cumplimiento-2024-W25.png": one chart per digest. */
export async function complianceChartPng(title: string, bars: readonly ChartBar[], name: string): Promise<PngFile> {
  return { filename: `cumplimiento-${name}.png`, title, bytes: await renderChartPng(complianceChartSpec(title, bars)) };
}
