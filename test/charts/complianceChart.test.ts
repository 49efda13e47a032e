import { expect, test } from 'vitest';
import { complianceChartPng, complianceChartSpec } from '../../src/charts/complianceChart.js';

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
  const file = await complianceChartPng('Cumplimiento por subcomponente', bars, '2024-W25');
  expect(file.filename).toBe('cumplimiento-2024-W25.png');
  expect([...file.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  const { width, height } = pngSize(file.bytes);
  // Rendered at twice the spec's size so it stays sharp on high-density screens.
  expect(width).toBeGreaterThan(1000);
  expect(height).toBeGreaterThan(200);
  expect(file.bytes.length).toBeGreaterThan(5_000);
});

test('bars carry their status colour and an es-CO percentage label', () => {
  const spec = JSON.stringify(complianceChartSpec('Cumplimiento', bars));
  expect(spec).toContain('"percent":"42 %"');
  expect(spec).toContain('#E01E5A');
  expect(spec).toContain('#2EB67D');
});
