/**
 * The public site's addresses. Each vigencia's are stable (`/datos/2025/plan.csv` stays that file
 * when 2026 is imported), and pages end in `/` so the static export (`rinde publish DIR`) can write
 * them as `…/index.html` and any web server finds them at the same address.
 */
export const urls = {
  home: '/',
  plan: (year: number) => `/vigencia/${year}/`,
  activity: (year: number, code: string) => `/vigencia/${year}/actividad/${encodeURIComponent(code)}/`,
  cutoff: (year: number, date: string) => `/vigencia/${year}/corte/${date}/`,
  cutoffXlsx: (year: number, date: string) => `/vigencia/${year}/corte/${date}/informe-${date}.xlsx`,
  data: '/datos/',
  dataset: (year: number, name: DatasetName, format: DatasetFormat) => `/datos/${year}/${name}.${format}`,
  stylesheet: '/estilos.css',
} as const;

export type DatasetName = 'plan' | 'avances';
export type DatasetFormat = 'csv' | 'json';

export type Route =
  | { page: 'home' }
  | { page: 'plan'; year: number }
  | { page: 'activity'; year: number; code: string }
  | { page: 'cutoff'; year: number; date: string }
  | { page: 'cutoff-xlsx'; year: number; date: string }
  | { page: 'data' }
  | { page: 'dataset'; year: number; name: DatasetName; format: DatasetFormat }
  | { page: 'stylesheet' };

const YEAR = '(\\d{4})';
const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const patterns: [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^\/$/, () => ({ page: 'home' })],
  [new RegExp(`^/vigencia/${YEAR}/?$`), (m) => ({ page: 'plan', year: Number(m[1]) })],
  [
    new RegExp(`^/vigencia/${YEAR}/actividad/([^/]{1,40})/?$`),
    (m) => ({ page: 'activity', year: Number(m[1]), code: decodeURIComponent(m[2] ?? '') }),
  ],
  [
    new RegExp(`^/vigencia/${YEAR}/corte/${DATE}/?$`),
    (m) => ({ page: 'cutoff', year: Number(m[1]), date: m[2] ?? '' }),
  ],
  [
    new RegExp(`^/vigencia/${YEAR}/corte/${DATE}/informe-${DATE}\\.xlsx$`),
    (m) => ({ page: 'cutoff-xlsx', year: Number(m[1]), date: m[2] === m[3] ? (m[2] ?? '') : '' }),
  ],
  [/^\/datos\/?$/, () => ({ page: 'data' })],
  [
    new RegExp(`^/datos/${YEAR}/(plan|avances)\\.(csv|json)$`),
    (m) => ({ page: 'dataset', year: Number(m[1]), name: m[2] as DatasetName, format: m[3] as DatasetFormat }),
  ],
  [/^\/estilos\.css$/, () => ({ page: 'stylesheet' })],
];

/** The page a path asks for, or null (a 404). A malformed escape in the path is a 404 too. */
export function routeOf(path: string): Route | null {
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(path);
    if (match === null) continue;
    try {
      return build(match);
    } catch {
      return null;
    }
  }
  return null;
}
