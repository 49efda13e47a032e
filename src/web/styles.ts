/**
 * The public pages' only style sheet, served from memory (no fonts or files downloaded at run time).
 * Colours and type follow the GOV.CO design system's public values: institutional blue #3366CC,
 * dark blue #004884, text grey #4B4B4B, and Work Sans / Montserrat where installed, else the system's
 * sans-serif. Status colours are tints with dark text (contrast above 7:1) and always carry their word.
 */
export const STYLESHEET = `
:root {
  --govco-primary-color: #3366cc;
  --govco-secondary-color: #004884;
  --govco-tertiary-color: #4b4b4b;
  --govco-gray-color: #f2f2f2;
  --govco-border-color: #d0d0d0;
  --govco-success-color: #069169;
  --govco-warning-color: #ffab00;
  --govco-error-color: #a80521;
  --govco-font-primary: "Work Sans", "Montserrat", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: var(--govco-font-primary); color: #1b1b1b; background: #fff; line-height: 1.5; }
a { color: var(--govco-primary-color); text-decoration: underline; }
a:hover { color: var(--govco-secondary-color); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--govco-warning-color); outline-offset: 2px; }
.skip-link { position: absolute; left: -9999px; top: 0; background: #fff; color: var(--govco-secondary-color); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; }
.govco-bar { background: var(--govco-primary-color); color: #fff; }
.govco-bar .inner { max-width: 72rem; margin: 0 auto; padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center; }
.govco-bar a { color: #fff; font-weight: 700; text-decoration: none; letter-spacing: .02em; }
.govco-bar a:hover { text-decoration: underline; color: #fff; }
.site-header { background: var(--govco-secondary-color); color: #fff; }
.site-header .inner { max-width: 72rem; margin: 0 auto; padding: 1rem; }
.site-header .entity { font-size: 1.25rem; font-weight: 700; margin: 0; }
.site-header nav ul { list-style: none; margin: .5rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.site-header a { color: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { color: var(--govco-secondary-color); font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { color: var(--govco-secondary-color); font-size: 1.5rem; margin: 2rem 0 .75rem; }
h3 { color: var(--govco-secondary-color); font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.lead { color: var(--govco-tertiary-color); font-size: 1.1rem; margin-top: 0; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--govco-border-color); border-radius: .5rem; padding: .75rem 1rem; min-width: 12rem; }
.summary .figure { display: block; font-size: 1.75rem; font-weight: 700; color: var(--govco-secondary-color); }
.status { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; border: 2px solid; font-weight: 700; color: #1b1b1b; white-space: nowrap; }
.status-green { background: #d9f2ea; border-color: var(--govco-success-color); }
.status-yellow { background: #fff1cc; border-color: #b37800; }
.status-red { background: #f9dde2; border-color: var(--govco-error-color); }
.status::before { display: inline-block; width: 1em; text-align: center; margin-right: .3em; }
.status-green::before { content: "✔"; }
.status-yellow::before { content: "!"; }
.status-red::before { content: "✖"; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
.table-wrap:focus-visible { outline: 3px solid var(--govco-warning-color); }
main { max-width: 80rem; }
caption { text-align: left; font-weight: 700; color: var(--govco-tertiary-color); padding: .25rem 0; }
th, td { border: 1px solid var(--govco-border-color); padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--govco-gray-color); color: #1b1b1b; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dt { font-weight: 700; margin-top: .5rem; }
dd { margin-left: 0; }
ul.links { margin: 0; padding-left: 1.1rem; }
td a { overflow-wrap: anywhere; }
.note { color: var(--govco-tertiary-color); }
.site-footer { background: var(--govco-secondary-color); color: #fff; margin-top: 2rem; }
.site-footer .inner { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem; }
.site-footer a { color: #fff; }
.site-footer p { margin: .25rem 0; }
.govco-footer-bar { background: var(--govco-primary-color); color: #fff; }
.govco-footer-bar .inner { max-width: 72rem; margin: 0 auto; padding: .5rem 1rem; font-weight: 700; }
.govco-footer-bar a { color: #fff; }
@media print {
  .govco-bar, .site-header nav, .skip-link, .no-print, .govco-footer-bar { display: none; }
  .site-header, .site-footer { background: #fff; color: #000; }
  .site-header a, .site-footer a { color: #000; }
  a { color: #000; }
  main { max-width: none; padding: 0; }
  table { font-size: 9pt; }
}
`;
