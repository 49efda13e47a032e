import { formatPercent } from '../domain/compliance.js';
import type { Cutoff } from '../domain/cutoff.js';
import { formatLongDate } from '../domain/dates.js';
import type { Status } from '../domain/types.js';
import type { CutoffReport } from '../export/cutoffReport.js';
import type { ActivityView, SubcomponentView } from '../usecases/replies.js';
import { loggedAmountText } from '../wording/amounts.js';
import { stateLabels, statusLabels } from '../wording/messages.js';
import type { PlanData, PublicEntry, Vigencia } from './data.js';
import { DATASET_COLUMNS } from './datasets.js';
import { html, isWebAddress, type SafeHtml } from './html.js';
import { urls } from './urls.js';

/** The word always goes with the colour: status is never told by colour alone (WCAG 1.4.1). */
export function statusBadge(status: Status): SafeHtml {
  return html`<span class="status status-${status}">${statusLabels[status]}</span>`;
}

interface LayoutInput {
  title: string;
  entity: string | null;
  year: number | null;
  body: SafeHtml;
}

export function layout({ title, entity, year, body }: LayoutInput): string {
  const fullTitle = entity === null ? title : `${title} · ${entity}`;
  return `<!doctype html>\n${html`<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<link rel="stylesheet" href="${urls.stylesheet}">
</head>
<body>
<a class="skip-link" href="#contenido">Saltar al contenido principal</a>
<div class="govco-bar"><div class="inner"><a href="https://www.gov.co/" lang="es-CO">GOV.CO</a></div></div>
<header class="site-header">
<div class="inner">
<p class="entity">${entity ?? 'Rendición de cuentas'}</p>
<nav aria-label="Secciones">
<ul>
<li><a href="${year === null ? urls.home : urls.plan(year)}">Plan de rendición de cuentas</a></li>
<li><a href="${urls.data}">Datos abiertos</a></li>
</ul>
</nav>
</div>
</header>
<main id="contenido" tabindex="-1">
${body}
</main>
<footer class="site-footer">
<div class="inner">
<p>${entity ?? ''}</p>
<p>Estrategia de rendición de cuentas (Ley 1757 de 2015). Información pública según la Ley 1712 de 2014 de transparencia y acceso a la información.</p>
<p>Las cifras se calculan con el avance registrado por cada dependencia responsable.</p>
</div>
</footer>
<div class="govco-footer-bar"><div class="inner"><a href="https://www.gov.co/">GOV.CO</a> · Portal único del Estado colombiano</div></div>
</body>
</html>`}\n`;
}

function percentCell(ratio: number): string {
  return formatPercent(ratio);
}

function linkList(links: readonly string[]): SafeHtml {
  if (links.length === 0) return html`<span class="note">Sin evidencias</span>`;
  return html`<ul class="links">${links.map(
    (link) => html`<li>${isWebAddress(link) ? html`<a href="${link}">${link}</a>` : link}</li>`,
  )}</ul>`;
}

function officeList(activity: ActivityView): SafeHtml {
  return html`<ul class="links">${activity.offices.map((o) => html`<li>${o.name}</li>`)}</ul>`;
}

function dueDatesText(activity: ActivityView): string {
  if (activity.schedule.dueDates.length === 0) return activity.schedule.text;
  return activity.schedule.dueDates.map(formatLongDate).join('; ');
}

function subcomponentTable(subcomponents: readonly SubcomponentView[]): SafeHtml {
  return html`<div class="table-wrap" tabindex="0"><table>
<caption>Cumplimiento por subcomponente</caption>
<thead><tr><th scope="col">Subcomponente</th><th scope="col" class="number">Actividades</th><th scope="col" class="number">Completas</th><th scope="col" class="number">Cumplimiento</th><th scope="col">Estado</th></tr></thead>
<tbody>${subcomponents.map(
    (s) =>
      html`<tr><th scope="row">${s.code}. ${s.name}</th><td class="number">${s.activities}</td><td class="number">${s.completed}</td><td class="number">${percentCell(s.average)}</td><td>${statusBadge(s.status)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

function activityRows(data: PlanData, activities: readonly ActivityView[]): SafeHtml[] {
  return activities.map(
    (a) => html`<tr>
<th scope="row"><a href="${urls.activity(data.year, a.code)}">${a.code}</a></th>
<td>${a.title}<br><span class="note">Producto: ${a.product}</span></td>
<td>${officeList(a)}</td>
<td>${dueDatesText(a)}</td>
<td class="number">${loggedAmountText(a.target, a.unit)}</td>
<td class="number">${loggedAmountText(a.progress, a.unit)}</td>
<td class="number">${percentCell(a.ratio)}</td>
<td>${statusBadge(a.status)}<br>${stateLabels[a.state]}</td>
<td>${linkList(data.evidence.get(a.id) ?? [])}</td>
</tr>`,
  );
}

function vigenciaList(vigencias: readonly Vigencia[], current: number | null): SafeHtml {
  return html`<ul>${vigencias.map(
    (v) =>
      html`<li>${v.year === current ? html`<strong>Vigencia ${v.year}</strong> (esta página)` : html`<a href="${urls.plan(v.year)}">Vigencia ${v.year}</a>`}: ${formatLongDate(v.from)} al ${formatLongDate(v.to)}</li>`,
  )}</ul>`;
}

function cutoffList(year: number, cutoffs: readonly Cutoff[]): SafeHtml {
  if (cutoffs.length === 0) return html`<p>Todavía no hay cortes de seguimiento publicados en esta vigencia.</p>`;
  return html`<ul>${cutoffs.map(
    (c) =>
      html`<li>Corte al ${formatLongDate(c.date)}: <a href="${urls.cutoff(year, c.date)}">informe para ver e imprimir</a> · <a href="${urls.cutoffXlsx(year, c.date)}" download>hoja de cálculo (xlsx)</a></li>`,
  )}</ul>`;
}

export function planPage(data: PlanData): string {
  const { status, year } = data;
  const { summary } = status;
  const bySubcomponent = status.subcomponents.map(
    (s) => html`<h3 id="subcomponente-${s.code}">${s.code}. ${s.name}</h3>
<p>Cumplimiento: ${percentCell(s.average)} ${statusBadge(s.status)}</p>
<div class="table-wrap" tabindex="0"><table>
<caption>Actividades del subcomponente ${s.code}</caption>
<thead><tr><th scope="col">Actividad</th><th scope="col">Descripción y producto</th><th scope="col">Responsables</th><th scope="col">Fechas programadas</th><th scope="col" class="number">Meta</th><th scope="col" class="number">Avance</th><th scope="col" class="number">Cumplimiento</th><th scope="col">Estado</th><th scope="col">Evidencias</th></tr></thead>
<tbody>${activityRows(
      data,
      status.activities.filter((a) => a.subcomponent.code === s.code),
    )}</tbody>
</table></div>`,
  );
  const body = html`<h1>Plan de rendición de cuentas ${year}</h1>
<p class="lead">${status.plan.entity}. Vigencia del ${formatLongDate(status.plan.from)} al ${formatLongDate(status.plan.to)}. Cifras al ${formatLongDate(status.at)}.</p>
<h2>Cumplimiento general</h2>
<ul class="summary">
<li><span class="figure">${percentCell(summary.average)}</span> cumplimiento promedio ${statusBadge(summary.status)}</li>
<li><span class="figure">${summary.completed} de ${summary.activities}</span> actividades completas (${percentCell(summary.indicator)})</li>
<li><span class="figure">${summary.behind}</span> actividades atrasadas</li>
</ul>
<p class="note">Semáforo de seguimiento: rojo, amarillo o verde según el cumplimiento (avance sobre meta); cada estado se escribe junto a su color. «Atrasada» quiere decir que ya pasaron fechas programadas sin el avance que les corresponde.</p>
${subcomponentTable(status.subcomponents)}
<h2>Actividades por subcomponente</h2>
${bySubcomponent}
<h2>Informes de seguimiento publicados</h2>
${cutoffList(year, data.cutoffs)}
<h2>Datos abiertos de esta vigencia</h2>
<ul>
<li><a href="${urls.dataset(year, 'plan', 'csv')}">Plan y avance por actividad (CSV)</a> · <a href="${urls.dataset(year, 'plan', 'json')}">JSON</a></li>
<li><a href="${urls.dataset(year, 'avances', 'csv')}">Registros de avance y correcciones (CSV)</a> · <a href="${urls.dataset(year, 'avances', 'json')}">JSON</a></li>
<li><a href="${urls.data}">Descripción de las columnas</a></li>
</ul>
<h2>Otras vigencias</h2>
${vigenciaList(data.vigencias, year)}`;
  return layout({ title: `Plan de rendición de cuentas ${year}`, entity: status.plan.entity, year, body });
}

function entryKind(entry: PublicEntry): string {
  if (entry.correctsId !== null) return `Corrección del registro ${entry.correctsId}`;
  if (entry.correctedByIds.length > 0) return `Corregido por el registro ${entry.correctedByIds.join(', ')}`;
  if (entry.fromImport) return 'Avance de la hoja importada';
  return 'Avance';
}

export function activityPage(data: PlanData, activity: ActivityView): string {
  const entries = data.entries.filter((entry) => entry.activityId === activity.id);
  const history =
    entries.length === 0
      ? html`<p>Todavía no hay avance registrado en esta actividad.</p>`
      : html`<div class="table-wrap" tabindex="0"><table>
<caption>Registros de avance, del más antiguo al más reciente; una corrección resta lo que anula</caption>
<thead><tr><th scope="col" class="number">Registro</th><th scope="col">Fecha del avance</th><th scope="col">Registrado</th><th scope="col" class="number">Cantidad</th><th scope="col">Tipo</th><th scope="col">Evidencia</th>${data.showNotes ? html`<th scope="col">Nota</th>` : ''}</tr></thead>
<tbody>${entries.map(
          (e) =>
            html`<tr><th scope="row" class="number">${e.id}</th><td>${formatLongDate(e.effectiveOn)}</td><td>${formatLongDate(e.recordedOn)}</td><td class="number">${loggedAmountText(e.amount, activity.unit)}</td><td>${entryKind(e)}</td><td>${linkList(e.evidenceUrl === null ? [] : [e.evidenceUrl])}</td>${data.showNotes ? html`<td>${e.note ?? ''}</td>` : ''}</tr>`,
        )}</tbody>
</table></div>`;
  const body = html`<p><a href="${urls.plan(data.year)}">← Volver al plan ${data.year}</a></p>
<h1>Actividad ${activity.code}: ${activity.title}</h1>
<p class="lead">Subcomponente ${activity.subcomponent.code}. ${activity.subcomponent.name}</p>
<h2>Estado</h2>
<dl>
<dt>Producto</dt><dd>${activity.product}</dd>
<dt>Responsables</dt><dd>${activity.offices.map((o) => o.name).join('; ')}</dd>
<dt>Programación</dt><dd>${activity.schedule.text} (${dueDatesText(activity)})</dd>
<dt>Meta</dt><dd>${loggedAmountText(activity.target, activity.unit)}</dd>
<dt>Avance al ${formatLongDate(data.today)}</dt><dd>${loggedAmountText(activity.progress, activity.unit)} (${percentCell(activity.ratio)})</dd>
<dt>Estado</dt><dd>${statusBadge(activity.status)} ${stateLabels[activity.state]}</dd>
<dt>Evidencias</dt><dd>${linkList(data.evidence.get(activity.id) ?? [])}</dd>
</dl>
<h2>Historial de avance y correcciones</h2>
${history}`;
  return layout({ title: `Actividad ${activity.code}`, entity: data.status.plan.entity, year: data.year, body });
}

export function cutoffPage(report: CutoffReport, year: number): string {
  const { cutoff } = report;
  const body = html`<p class="no-print"><a href="${urls.plan(year)}">← Volver al plan ${year}</a> · <a href="${urls.cutoffXlsx(year, cutoff.date)}" download>Descargar la hoja de cálculo (xlsx)</a></p>
<h1>Informe de seguimiento con corte al ${formatLongDate(cutoff.date)}</h1>
<p class="lead">${report.plan.entity}. Vigencia del ${formatLongDate(report.plan.from)} al ${formatLongDate(report.plan.to)}. Cuenta el avance con fecha hasta el corte (periodo desde el ${formatLongDate(cutoff.periodStart)}); plazo de publicación: ${formatLongDate(cutoff.deadline)}.</p>
<p>Cumplimiento promedio: ${percentCell(report.summary.average)} ${statusBadge(report.summary.status)} · ${report.summary.completed} de ${report.summary.activities} actividades completas.</p>
${report.subcomponents.map(
  (s) => html`<h2>${s.code}. ${s.name}</h2>
<p>Cumplimiento: ${percentCell(s.average)} ${statusBadge(s.status)}</p>
<div class="table-wrap" tabindex="0"><table>
<caption>Actividades del subcomponente ${s.code} al corte</caption>
<thead><tr><th scope="col">Actividad</th><th scope="col">Descripción</th><th scope="col">Responsables</th><th scope="col" class="number">Meta</th><th scope="col" class="number">Avance</th><th scope="col" class="number">Cumplimiento</th><th scope="col">Estado</th><th scope="col">Evidencias</th></tr></thead>
<tbody>${report.activities
    .filter((a) => a.subcomponent.code === s.code)
    .map(
      (a) =>
        html`<tr><th scope="row">${a.code}</th><td>${a.title}</td><td>${a.offices.join('; ')}</td><td class="number">${loggedAmountText(a.target, a.unit)}</td><td class="number">${loggedAmountText(a.progress, a.unit)}</td><td class="number">${percentCell(a.ratio)}</td><td>${statusBadge(a.status)}<br>${stateLabels[a.state]}</td><td>${linkList(a.evidence)}</td></tr>`,
    )}</tbody>
</table></div>`,
)}`;
  return layout({
    title: `Informe con corte al ${formatLongDate(cutoff.date)}`,
    entity: report.plan.entity,
    year,
    body,
  });
}

export function dataPage(vigencias: readonly Vigencia[], entity: string | null): string {
  const body = html`<h1>Datos abiertos</h1>
<p class="lead">El plan de rendición de cuentas y su avance, en CSV (separado por comas, RFC 4180) y JSON, codificados en UTF-8. Cada vigencia tiene su dirección estable; los datos se actualizan cuando una dependencia registra avance.</p>
<h2>Conjuntos por vigencia</h2>
${
  vigencias.length === 0
    ? html`<p>Todavía no hay planes publicados.</p>`
    : html`<ul>${vigencias.map(
        (v) =>
          html`<li>Vigencia ${v.year}: <a href="${urls.dataset(v.year, 'plan', 'csv')}">plan.csv</a>, <a href="${urls.dataset(v.year, 'plan', 'json')}">plan.json</a>, <a href="${urls.dataset(v.year, 'avances', 'csv')}">avances.csv</a>, <a href="${urls.dataset(v.year, 'avances', 'json')}">avances.json</a></li>`,
      )}</ul>`
}
${(['plan', 'avances'] as const).map(
  (name) => html`<h2>Columnas de ${name}.csv (y campos de ${name}.json)</h2>
<div class="table-wrap" tabindex="0"><table>
<caption>${name === 'plan' ? 'Una fila por actividad' : 'Una fila por registro de avance o corrección'}</caption>
<thead><tr><th scope="col">Columna</th><th scope="col">Tipo</th><th scope="col">Descripción</th></tr></thead>
<tbody>${DATASET_COLUMNS[name].map(
    (c) => html`<tr><th scope="row"><code>${c.name}</code></th><td>${c.type}</td><td>${c.description}</td></tr>`,
  )}</tbody>
</table></div>`,
)}
<p>Los números usan punto decimal. Las fechas son AAAA-MM-DD (hora de Colombia); los instantes, ISO 8601 en UTC. En el JSON, las listas son arreglos; en el CSV, sus elementos van separados por «; ».</p>`;
  return layout({ title: 'Datos abiertos', entity, year: null, body });
}

export function notFoundPage(): string {
  const body = html`<h1>Página no encontrada</h1>
<p>La página que busca no existe o no está publicada.</p>
<p>Si busca el plan de rendición de cuentas de la entidad, pregunte a su oficina de planeación o vuelva a <a href="${urls.home}">la página de inicio</a>.</p>`;
  return layout({ title: 'Página no encontrada', entity: null, year: null, body });
}
