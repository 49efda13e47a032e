import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeXlsx } from '../export/xlsx.js';
import type { Db } from '../storage/database.js';
import { getPublication, type Publication } from '../storage/publication.js';
import {
  activityOf,
  findPlan,
  listVigencias,
  loadCutoffData,
  loadPlanData,
  publishedCutoffs,
  todayIn,
  type WebDeps,
} from './data.js';
import { renderDataset } from './datasets.js';
import { activityPage, cutoffPage, dataPage, notFoundPage, planPage } from './pages.js';
import { STYLESHEET } from './styles.js';
import { type Route, routeOf, urls } from './urls.js';

/**
 * The public site as a function from a path to a response, with no HTTP framework in it: the Slack
 * receiver, the console's web server (and Teams' host) serve it through `nodeHandler`, and
 * `rinde publish DIR` writes the same responses to files.
 */

export interface WebResponse {
  status: 200 | 404;
  contentType: string;
  body: string | Buffer;
  /** Suggested file name, for downloads. */
  filename?: string;
}

const HTML = 'text/html; charset=utf-8';
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function notFound(): WebResponse {
  return { status: 404, contentType: HTML, body: notFoundPage() };
}

/**
 * What every cached page depends on, in one cheap statement: the newest progress entry, the newest
 * change to any plan (an import), the number of plans, the newest setting (publishing) — and the
 * day, since a due date passing changes a status with nothing written. Reading it (instead of
 * invalidating from the code that writes) also catches writes made by `rinde progress` and
 * `rinde import` in another process, and by other instances on the same PostgreSQL.
 */
async function dataVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT MAX("id") FROM "ProgressEntry") AS "entry",
      (SELECT MAX("updatedAt") FROM "Plan") AS "plan",
      (SELECT COUNT(*) FROM "Plan") AS "plans",
      (SELECT MAX("updatedAt") FROM "Setting") AS "setting"`;
  return JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
}

/** Responses kept for the current data version; the whole cache goes when the version moves on. */
const MAX_CACHED = 2000;

/**
 * How long one reading of the data version serves: requests in the same second share it, so a busy
 * page costs no query at all, and a change shows within a second wherever it was written.
 */
export const REVALIDATE_MS = 1000;

export interface PublicSite {
  respond(path: string): Promise<WebResponse>;
  /** Every address the site has (for the static export), given that it is published. */
  paths(): Promise<string[]>;
}

export interface SiteOptions {
  /** REVALIDATE_MS unless given; 0 reads the version on every request. */
  revalidateMs?: number;
}

export function createPublicSite(deps: WebDeps, options: SiteOptions = {}): PublicSite {
  const revalidateMs = options.revalidateMs ?? REVALIDATE_MS;
  let cachedVersion = '';
  let cache = new Map<string, Promise<WebResponse>>();
  let versionRead: { at: number; version: Promise<string> } | null = null;

  function currentVersion(): Promise<string> {
    const now = performance.now();
    if (versionRead === null || now - versionRead.at >= revalidateMs) {
      const version = dataVersion(deps.db).then((data) => `${todayIn(deps)}|${data}`);
      versionRead = { at: now, version };
      // A failed read is not reused.
      version.catch(() => {
        versionRead = null;
      });
    }
    return versionRead.version;
  }

  async function render(route: Route, publication: Publication): Promise<WebResponse> {
    if (route.page === 'stylesheet') return { status: 200, contentType: 'text/css; charset=utf-8', body: STYLESHEET };
    if (!publication.published) return notFound();
    if (route.page === 'data') {
      const vigencias = await listVigencias(deps.db);
      return { status: 200, contentType: HTML, body: dataPage(vigencias, vigencias[0]?.entity ?? null) };
    }
    const plan = await findPlan(deps.db, route.page === 'home' ? undefined : route.year);
    if (plan === null) return notFound();
    if (route.page === 'cutoff' || route.page === 'cutoff-xlsx') {
      const cutoff = publishedCutoffs(deps, plan).find((c) => c.date === route.date);
      if (cutoff === undefined) return notFound();
      const { report, sheet } = await loadCutoffData(deps, plan, cutoff, publication);
      if (route.page === 'cutoff') return { status: 200, contentType: HTML, body: cutoffPage(report, plan.year) };
      return { status: 200, contentType: XLSX, body: await writeXlsx(sheet), filename: `informe-${cutoff.date}.xlsx` };
    }
    const data = await loadPlanData(deps, plan, publication);
    switch (route.page) {
      case 'home':
      case 'plan':
        return { status: 200, contentType: HTML, body: planPage(data) };
      case 'activity': {
        const activity = activityOf(data, route.code);
        return activity === undefined
          ? notFound()
          : { status: 200, contentType: HTML, body: activityPage(data, activity) };
      }
      case 'dataset':
        return {
          status: 200,
          contentType: CONTENT_TYPES[route.format],
          body: renderDataset(data, route.name, route.format),
          filename: `${route.name}-${plan.year}.${route.format}`,
        };
    }
  }

  return {
    async respond(path) {
      const route = routeOf(path);
      if (route === null) return notFound();
      const version = await currentVersion();
      if (version !== cachedVersion || cache.size >= MAX_CACHED) {
        cachedVersion = version;
        cache = new Map();
      }
      const key = JSON.stringify(route);
      let response = cache.get(key);
      if (response === undefined) {
        response = getPublication(deps.db).then((publication) => render(route, publication));
        cache.set(key, response);
        // A failure is not kept: the next request tries again.
        response.catch(() => cache.delete(key));
      }
      return response;
    },

    async paths() {
      const vigencias = await listVigencias(deps.db);
      const publication = await getPublication(deps.db);
      const all: string[] = [urls.home, urls.stylesheet, urls.data];
      for (const { year } of vigencias) {
        const plan = await findPlan(deps.db, year);
        if (plan === null) continue;
        const data = await loadPlanData(deps, plan, publication);
        all.push(urls.plan(year));
        for (const a of data.status.activities) all.push(urls.activity(year, a.code));
        for (const c of data.cutoffs) all.push(urls.cutoff(year, c.date), urls.cutoffXlsx(year, c.date));
        for (const name of ['plan', 'avances'] as const) {
          for (const format of ['csv', 'json'] as const) all.push(urls.dataset(year, name, format));
        }
      }
      return [...new Set(all)];
    },
  };
}

/**
 * The site over node's HTTP types, for any host built on node:http (Slack's receiver, the console's
 * server, Teams' adapter). GET and HEAD only; a failure is a plain 500, logged by `onError`.
 */
export function nodeHandler(site: PublicSite, onError: (error: unknown) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    site.respond(path).then(
      (response) => {
        const headers: Record<string, string> = {
          'content-type': response.contentType,
          'x-content-type-options': 'nosniff',
          'content-security-policy':
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
          'referrer-policy': 'no-referrer',
        };
        if (response.filename !== undefined && response.contentType !== HTML) {
          headers['content-disposition'] = `inline; filename="${response.filename}"`;
        }
        res.writeHead(response.status, headers);
        res.end(req.method === 'HEAD' ? undefined : response.body);
      },
      (error: unknown) => {
        onError(error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Error interno. Intente de nuevo en unos minutos.');
      },
    );
  };
}
