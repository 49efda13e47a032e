import type { TopLevelSpec } from 'vega-lite';
import type { ChartLog } from './complianceChart.js';

const PIXEL_RATIO = 2;

/**
 * The spec drawn as a PNG, in the calling thread: vega's parse and layout and resvg's rasterising are
 * synchronous stretches of up to hundreds of milliseconds, so the bot calls this from a worker
 * (chartWorker.ts) and its event loop keeps answering commands meanwhile.
 */
export async function renderInThisThread(spec: TopLevelSpec, log?: ChartLog): Promise<Uint8Array> {
  const [{ parse, View, Warn }, { compile }, { Resvg }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
  ]);
  const logger = chartLogger(log, Warn);
  const view = new View(parse(compile(spec, { logger }).spec), { renderer: 'none', logger, logLevel: Warn });
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

/**
 * vega's logger interface, writing its English warnings and errors as one JSON line each through `log`
 * (or dropping them without one): by default vega prints them raw on stderr, between JSON log lines.
 */
function chartLogger(log: ChartLog | undefined, warnLevel: number) {
  const send = (level: string) =>
    function (this: unknown, ...args: unknown[]) {
      log?.warn({ source: 'vega', level, details: args.map(String) }, 'aviso de vega al dibujar el gráfico');
      return logger;
    };
  const logger = {
    level: (value?: number) => (value === undefined ? warnLevel : logger),
    error: send('error'),
    warn: send('warn'),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
