/**
 * The register page's stylesheet. The server serves it as a file (its Content-Security-Policy
 * allows styles from 'self' only); the standalone HTML embeds it in a <style> element.
 */
export const REGISTER_CSS = `:root {
  color-scheme: light;
  --text: #1a1a1a;
  --muted: #5f6368;
  --line: #dadce0;
  --accent: #1a56a8;
  --critical: #a50e0e;
  --high: #b3261e;
  --medium: #8a5a00;
  --low: #37623a;
}
* { box-sizing: border-box; }
body {
  margin: 0;
  color: var(--text);
  background: #ffffff;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem; z-index: 1; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
footer { padding: 2rem 1.25rem; color: var(--muted); font-size: .875rem; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .875em; }
code { background: #f1f3f4; padding: 0 .2em; border-radius: 3px; }
pre { background: #f8f9fa; border: 1px solid var(--line); padding: .75rem; overflow-x: auto; white-space: pre; }
.meta { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f1f3f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.priority { font-weight: 700; text-transform: uppercase; font-size: .8125rem; letter-spacing: .03em; }
.priority-critical { color: var(--critical); }
.priority-high { color: var(--high); }
.priority-medium { color: var(--medium); }
.priority-low { color: var(--low); }
.status { border: 1px solid var(--line); border-radius: 1em; padding: 0 .5em; font-size: .8125rem; }
.status-retired { color: var(--muted); text-decoration: line-through; }
.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; margin: .25rem 0; }
.tags li { background: #e8f0fe; border-radius: 1em; padding: 0 .6em; font-size: .8125rem; }
.threat { margin-top: 3rem; }
.threat-retired { opacity: .8; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
figure.tree { margin: .5rem 0; }
.tree-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; padding: .5rem; background: #ffffff; }
.tree-scroll svg { display: block; max-width: none; height: auto; }
figcaption { color: var(--muted); font-size: .875rem; margin-top: .35rem; }
.approach { border-left: 3px solid var(--line); padding-left: .75rem; margin: .75rem 0; }
.issues { background: #fef7e0; border-left: 3px solid #f9ab00; padding: .25rem .75rem; }
.changes li { margin: .25rem 0; }
.exposure { font-size: 1.125rem; }
@media print {
  .skip, details > summary { display: none; }
  details { display: block; }
  .threat { break-before: page; }
  a { color: inherit; }
}
`;
