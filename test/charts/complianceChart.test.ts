import type { TopLevelSpec } from 'vega-lite';
import { expect, test } from 'vitest';
import {
  type ChartFrame,
  complianceChartPng,
  complianceChartSpec,
  renderChartPng,
} from '../../src/charts/complianceChart.js';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';

const frame: ChartFrame = {
  title: 'Cumplimiento por subcomponente · semana del 30 de diciembre de 2024',
  subtitle: 'Alcaldía de Tauramena · corte al 2 de enero de 2025',
  bands: DEFAULT_STATUS_BANDS,
};

/** Everything written to stderr while `body` runs. */
async function stderrDuring(body: () => Promise<unknown>): Promise<string> {
  let written = '';
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  // vega's default logger writes with console.warn, which may not go through process.stderr.write.
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    written += args.map(String).join(' ');
  };
  try {
    await body();
  } finally {
    process.stderr.write = original;
    console.warn = originalWarn;
  }
  return written;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which always follows the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const bars = [
  { label: '1. Información', ratio: 0.42, status: 'red' as const },
  { label: '2. Diálogo', ratio: 0.65, status: 'yellow' as const },
  { label: '3. Responsabilidad', ratio: 1, status: 'green' as const },
];

test('renders compliance per subcomponent as a PNG without a browser', async () => {
  const file = await complianceChartPng(frame, bars, 'al-2025-01-02');
  expect(file.filename).toBe('cumplimiento-al-2025-01-02.png');
  expect(file.title).toBe(`${frame.title} · ${frame.subtitle}`);
  expect([...file.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  const { width, height } = pngSize(file.bytes);
  // Rendered at twice the spec's size so it stays sharp on high-density screens.
  expect(width).toBeGreaterThan(1000);
  expect(height).toBeGreaterThan(200);
  expect(file.bytes.length).toBeGreaterThan(5_000);
});

test('bars carry their status colour and an es-CO percentage label', () => {
  const spec = JSON.stringify(complianceChartSpec(frame, bars));
  expect(spec).toContain('"percent":"42 %"');
  expect(spec).toContain('#E01E5A');
  expect(spec).toContain('#2EB67D');
});

test('names the entity and the cut-off day, and draws the status bands as reference lines', () => {
  const spec = complianceChartSpec({ ...frame, bands: { yellow: 0.5, green: 0.75 } }, bars);
  expect(spec.title).toMatchObject({
    text: frame.title,
    subtitle: [frame.subtitle, 'Líneas: amarillo desde 50 %, verde desde 75 %'],
  });
  const layers = (spec as { layer: { mark: { type: string }; data?: { values: unknown[] } }[] }).layer;
  const rules = layers.find((layer) => layer.mark?.type === 'rule');
  expect(rules?.data?.values).toEqual([
    { ratio: 0.5, status: 'yellow' },
    { ratio: 0.75, status: 'green' },
  ]);
  expect(JSON.stringify(spec)).not.toMatch(/\d{4}-W\d\d/);
});

test('renders without a word on stderr, and vega warnings go to the log as objects', async () => {
  expect(await stderrDuring(() => complianceChartPng(frame, bars, 'x'))).toBe('');

  // A spec vega-lite warns about (a sort it must drop on a layered chart): the warning is logged, not printed.
  const warns: { details: object; message: string }[] = [];
  const noisy = {
    data: { values: [{ a: 'x', b: 1, o: 1 }] },
    encoding: { y: { field: 'a', type: 'nominal', sort: { field: 'o' } }, x: { field: 'b', type: 'quantitative' } },
    layer: [{ mark: 'bar' }, { mark: 'text', encoding: { text: { field: 'b' } } }],
  } as TopLevelSpec;
  const written = await stderrDuring(() =>
    renderChartPng(noisy, { warn: (details, message) => warns.push({ details, message }) }),
  );
  expect(written).toBe('');
  expect(warns.length).toBeGreaterThan(0);
  expect(warns[0]?.details).toMatchObject({ source: 'vega', level: 'warn' });
  expect(JSON.stringify(warns[0]?.details)).toMatch(/sort/i);
});

// The render runs in a worker thread of its own (vega's layout and resvg are synchronous work the bot's
// event loop must not wait on); what the caller sees is the same promise of a PNG.

/** The worker's channel to this thread is an active handle while it lives. */
const workerChannels = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length;

test('renders in a worker that ends with the chart, two charts at once each in its own', async () => {
  const before = workerChannels();
  const rendering = Promise.all([complianceChartPng(frame, bars, 'a'), complianceChartPng(frame, bars.slice(1), 'b')]);
  expect(workerChannels()).toBe(before + 2);
  const [first, second] = await rendering;
  expect([...first.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(second.bytes).height).toBeLessThan(pngSize(first.bytes).height);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(workerChannels()).toBe(before);
});

test('a spec vega cannot draw rejects, and leaves no worker behind', async () => {
  const before = workerChannels();
  await expect(
    renderChartPng({ mark: 'nonexistent', data: { values: [] } } as unknown as TopLevelSpec),
  ).rejects.toThrow(/filled/);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(workerChannels()).toBe(before);
});
