import { SKILL_DESCRIPTIONS, SKILLS } from './attack-tree.ts';
import { escapeMarkdown, escapeXml, safeId } from '../../text/escape.ts';
import type { ExposureMetric, Threat } from './model.ts';
import { priorityMatrix, orderRegister, threatPriority } from './priority.ts';
import { inlineToHtml, inlineToMarkdown, proseToHtml, proseToMarkdown } from './prose.ts';
import { cveUrl, rfcUrl, specRefUrl, xepLabel, xepUrl } from './refs.ts';
import { REGISTER_CSS } from './register-css.ts';
import { diffRegisters, summarizeChange, type RegisterChanges } from './threat-diff.ts';
import { analyzeTree, formatCost, formatLikelihood, type TreeAnalysis } from './tree-compute.ts';
import { renderTreeSvg } from './tree-svg.ts';
import { treeOutline } from './tree-text.ts';

/**
 * The register as one document: an overview ordered by priority, every threat with all the
 * template's fields and its tree, and what changed since the previous published version.
 * HTML is a complete page with no scripts and no external resources; its CSS is either linked
 * (the server serves REGISTER_CSS under its CSP) or embedded (standalone files).
 */

/** A live observatory figure for an exposure metric: the share of scanned servers showing the weakness. */
export interface ExposureFigure {
  /** In [0, 1]. */
  share: number;
  /** How many servers the share is computed over. */
  sample: number;
  /** ISO 8601 date or instant of the measurement. */
  measuredAt: string;
  /** Where to read more, e.g. the observatory's statistics page. */
  href?: string;
}

export interface RenderRegisterOptions {
  format: 'html' | 'md';
  /** The published version's label, e.g. "3". */
  version: string;
  /** ISO date shown with the version. */
  publishedAt?: string;
  /** The previous published version, to list what changed since. */
  previous?: { version: string; threats: readonly Threat[] };
  /** HTML: link this stylesheet (serve REGISTER_CSS there). Ignored when standalone. */
  stylesheetHref?: string;
  /** HTML: embed the CSS so the file stands alone. The default when no stylesheetHref is given. */
  standalone?: boolean;
  /** Live figures by metric; threats naming a metric show its figure. */
  exposure?: Partial<Record<ExposureMetric, ExposureFigure>>;
  /** Markdown: refer to the tree diagram as an image at this address instead of inlining the SVG. */
  treeImageHref?: (slug: string) => string;
  title?: string;
}

interface Entry {
  threat: Threat;
  analysis: TreeAnalysis;
  number: number;
}

export function analyzeThreat(threat: Threat): TreeAnalysis {
  return analyzeTree(threat.tree);
}

/** The threat's tree as a standalone SVG document (also what the HTML inlines). */
export function renderThreatSvg(threat: Threat, analysis: TreeAnalysis = analyzeThreat(threat)): string {
  return renderTreeSvg(threat.tree, analysis, { idPrefix: `tree-${threat.slug}`, title: `Attack tree: ${threat.name}` });
}

/** `<slug>.svg` → SVG for every threat, to publish next to a Markdown register. */
export function renderTreeSvgFiles(threats: readonly Threat[]): Map<string, string> {
  return new Map(threats.map((t) => [`${t.slug}.svg`, `${renderThreatSvg(t)}\n`]));
}

export function renderRegister(threats: readonly Threat[], options: RenderRegisterOptions): string {
  const entries: Entry[] = orderRegister(threats).map((threat, i) => ({
    threat,
    analysis: analyzeThreat(threat),
    number: i + 1,
  }));
  const changes = options.previous ? diffRegisters(options.previous.threats, threats) : undefined;
  return options.format === 'html' ? renderHtml(entries, options, changes) : renderMarkdown(entries, options, changes);
}

const percent = (share: number): string => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

function cheapestText(a: TreeAnalysis): string {
  return a.cheapest === null ? 'blocked by deployed mitigations' : `${formatCost(a.cheapest.cost)}, skill: ${a.cheapest.skill}`;
}

function linkLabels(t: Threat): { label: string; url: string }[] {
  return [
    ...t.links.xeps.map((n) => ({ label: xepLabel(n), url: xepUrl(n) })),
    ...t.links.rfcs.map((n) => ({ label: `RFC ${n}`, url: rfcUrl(n) })),
    ...t.links.cves.map((id) => ({ label: id, url: cveUrl(id) })),
  ];
}

function cutsText(entry: Entry, byId: Map<string, string>): string[] {
  return entry.analysis.undeployed
    .filter((e) => e.cutsCheapestAttack)
    .map((e) => {
      const refs = e.mitigation.providedBy.length > 0 ? ` (${e.mitigation.providedBy.join(', ')})` : '';
      const effect = e.blocksGoal
        ? 'blocks every attack in the tree'
        : `cheapest attack then ${formatCost(e.after.cost)}, likelihood ${formatLikelihood(e.after.likelihood)}`;
      return `${e.mitigation.label}${refs}, on “${byId.get(e.node) ?? e.node}”: ${effect}`;
    });
}

function titleOf(options: RenderRegisterOptions): string {
  return options.title ?? 'XMPP threat register';
}

function subtitle(options: RenderRegisterOptions, count: number): string {
  return [`Version ${options.version}`, options.publishedAt ? `published ${options.publishedAt}` : '', `${count} threat${count === 1 ? '' : 's'}`]
    .filter((s) => s !== '')
    .join(' · ');
}

const METHOD = [
  'Each threat follows the Security SIG template (XEP-0139): name, abstract, definition with an attack tree, estimated likelihood and damage, the resulting priority, existing approaches, the gap, potential approaches with their implementation issues, and the recommended approach. Rough consensus and running code beat perfect solutions; a measure that will not be implemented is useless; the register is revised in small steps.',
  'Attack trees: an OR node is achieved by any one child, an AND node needs all of them. Leaf likelihood is the probability that an attempt succeeds; cost is the attacker\u2019s outlay in US dollars; skill runs from none to state. Upward, OR takes the most likely, the cheapest and the least skilled child; AND multiplies likelihoods, adds costs and takes the greatest skill. A deployed mitigation cuts its node. The cheapest attack is highlighted.',
];

// ---------------------------------------------------------------- HTML

function priorityHtml(t: Threat): string {
  const { priority } = threatPriority(t);
  return `<span class="priority priority-${priority}">${priority}</span>`;
}

function statusHtml(t: Threat): string {
  return `<span class="status status-${t.status}">${t.status}</span>`;
}

function refsHtml(refs: readonly string[]): string {
  if (refs.length === 0) return '';
  return `<p class="meta">References: ${refs
    .map((r) => {
      const url = specRefUrl(r);
      return url ? `<a href="${escapeXml(url)}">${escapeXml(r)}</a>` : escapeXml(r);
    })
    .join(', ')}</p>`;
}

function matrixHtml(): string {
  const rows = priorityMatrix()
    .map(
      (row) =>
        `<tr><th scope="row">${row.likelihood}</th>${row.cells
          .map((c) => `<td><span class="priority priority-${c.rating.priority}">${c.rating.priority}</span> (${c.rating.score})</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return (
    '<table class="matrix"><caption>Priority from likelihood (rows) and damage (columns); score = likelihood × damage with low 1, medium 2, high 3</caption>' +
    '<thead><tr><th scope="col">likelihood \\ damage</th><th scope="col">low</th><th scope="col">medium</th><th scope="col">high</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`
  );
}

function changesHtml(changes: RegisterChanges, previous: string): string {
  const items: string[] = [];
  for (const t of changes.added) items.push(`<li>Added: <a href="#threat-${safeId(t.slug)}">${escapeXml(t.name)}</a></li>`);
  for (const t of changes.removed) items.push(`<li>Removed: ${escapeXml(t.name)} (<code>${escapeXml(t.slug)}</code>)</li>`);
  for (const d of changes.changed) {
    items.push(
      `<li>Changed: <a href="#threat-${safeId(d.slug)}"><code>${escapeXml(d.slug)}</code></a><ul>${d.changes
        .map((c) => `<li>${escapeXml(summarizeChange(c))}</li>`)
        .join('')}</ul></li>`,
    );
  }
  const body = items.length === 0 ? '<p>No changes.</p>' : `<ul class="changes">${items.join('')}</ul>`;
  return `<section aria-labelledby="changes-h"><h2 id="changes-h">Changes since version ${escapeXml(previous)}</h2>${body}</section>`;
}

function exposureHtml(t: Threat, options: RenderRegisterOptions): string {
  if (t.exposureMetric === undefined) return '';
  const figure = options.exposure?.[t.exposureMetric];
  const body = figure
    ? `<p class="exposure"><strong>${percent(figure.share)}</strong> of ${figure.sample.toLocaleString('en-US')} scanned servers (measured ${escapeXml(figure.measuredAt)})` +
      `${figure.href ? ` · <a href="${escapeXml(figure.href)}">details</a>` : ''}</p>`
    : '<p>No observatory measurement yet.</p>';
  return `<h3>Exposure</h3><p class="meta">Observatory statistic: <code>${escapeXml(t.exposureMetric)}</code></p>${body}`;
}

function threatHtml(entry: Entry, options: RenderRegisterOptions): string {
  const { threat: t, analysis: a } = entry;
  const id = `threat-${safeId(t.slug)}`;
  const byId = new Map(t.tree.nodes.map((n) => [n.id, n.label]));
  const { priority, score } = threatPriority(t);
  const cuts = cutsText(entry, byId);
  const links = linkLabels(t);
  const out: string[] = [];
  out.push(`<article class="threat threat-${t.status}" id="${id}" aria-labelledby="${id}-h">`);
  out.push(`<h2 id="${id}-h">${entry.number}. ${escapeXml(t.name)}</h2>`);
  out.push(`<p class="meta">${priorityHtml(t)} priority · ${statusHtml(t)} · <code>${escapeXml(t.slug)}</code></p>`);
  if (t.tags.length > 0) out.push(`<ul class="tags" aria-label="Tags">${t.tags.map((tag) => `<li>${escapeXml(tag)}</li>`).join('')}</ul>`);
  out.push('<h3>Abstract</h3>', proseToHtml(t.abstract));
  out.push('<h3>Definition</h3>', proseToHtml(t.definition));
  out.push('<h3>Attack tree</h3>');
  out.push(
    `<figure class="tree"><div class="tree-scroll">${renderThreatSvg(t, a)}</div>` +
      `<figcaption>Goal likelihood ${formatLikelihood(a.root.likelihood)} (suggests ${a.likelihoodBand}); cheapest attack: ${escapeXml(cheapestText(a))}` +
      `${a.root.cost !== a.unmitigated.cost || a.root.feasible !== a.unmitigated.feasible ? `; without the deployed mitigations: ${formatCost(a.unmitigated.cost)}` : ''}.</figcaption></figure>`,
  );
  out.push(`<details><summary>Tree as text</summary><pre>${escapeXml(treeOutline(t.tree, a))}</pre></details>`);
  if (cuts.length > 0) {
    out.push(`<p>Mitigations not yet deployed that cut the cheapest attack:</p><ul>${cuts.map((c) => `<li>${escapeXml(c)}</li>`).join('')}</ul>`);
  }
  out.push('<h3>Likelihood, damage and priority</h3>');
  out.push(
    `<dl class="facts"><dt>Likelihood</dt><dd>${t.likelihood}${a.likelihoodBand !== t.likelihood ? ` (the tree suggests ${a.likelihoodBand})` : ''}</dd>` +
      `<dt>Damage</dt><dd>${t.damage}</dd><dt>Priority</dt><dd><span class="priority priority-${priority}">${priority}</span> (score ${score})</dd></dl>`,
  );
  out.push(exposureHtml(t, options));
  out.push('<h3>Existing approaches</h3>');
  out.push(
    t.existingApproaches.length === 0
      ? '<p>None.</p>'
      : t.existingApproaches
          .map((x) => `<div class="approach"><h4>${escapeXml(x.name)}</h4>${proseToHtml(x.description)}${refsHtml(x.refs)}</div>`)
          .join(''),
  );
  out.push('<h3>Gap</h3>', proseToHtml(t.gap));
  out.push('<h3>Potential approaches</h3>');
  out.push(
    t.potentialApproaches.length === 0
      ? '<p>None.</p>'
      : t.potentialApproaches
          .map(
            (x) =>
              `<div class="approach"><h4>${escapeXml(x.name)}</h4>${proseToHtml(x.description)}` +
              `<div class="issues"><p><strong>Implementation issues.</strong></p>${proseToHtml(x.implementationIssues)}</div>${refsHtml(x.refs)}</div>`,
          )
          .join(''),
  );
  out.push('<h3>Recommended approach</h3>', proseToHtml(t.recommendation));
  out.push('<h3>Links</h3>');
  out.push(
    links.length === 0
      ? '<p>None.</p>'
      : `<ul>${links.map((l) => `<li><a href="${escapeXml(l.url)}">${escapeXml(l.label)}</a></li>`).join('')}</ul>`,
  );
  out.push('</article>');
  return out.filter((s) => s !== '').join('\n');
}

function renderHtml(entries: Entry[], options: RenderRegisterOptions, changes: RegisterChanges | undefined): string {
  const title = titleOf(options);
  const embed = options.standalone === true || options.stylesheetHref === undefined;
  const css = embed ? `<style>\n${REGISTER_CSS}</style>` : `<link rel="stylesheet" href="${escapeXml(options.stylesheetHref!)}">`;
  const overview = entries
    .map(({ threat: t, analysis: a, number }) => {
      const { priority } = threatPriority(t);
      return (
        `<tr><td class="num">${number}</td><th scope="row"><a href="#threat-${safeId(t.slug)}">${inlineToHtml(t.name)}</a></th>` +
        `<td><span class="priority priority-${priority}">${priority}</span></td><td>${t.likelihood}</td><td>${t.damage}</td>` +
        `<td>${escapeXml(cheapestText(a))}</td><td>${statusHtml(t)}</td></tr>`
      );
    })
    .join('\n');
  const skills = SKILLS.map((s) => `<li><strong>${s}</strong>: ${escapeXml(SKILL_DESCRIPTIONS[s])}</li>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="xmppsec">',
    `<title>${escapeXml(`${title}, version ${options.version}`)}</title>`,
    css,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the register</a>',
    `<header><h1>${escapeXml(title)}</h1><p class="meta">${escapeXml(subtitle(options, entries.length))}</p></header>`,
    '<main id="main">',
    '<section aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>',
    '<table><caption>Threats ordered by priority</caption>',
    '<thead><tr><th scope="col">#</th><th scope="col">Threat</th><th scope="col">Priority</th><th scope="col">Likelihood</th><th scope="col">Damage</th><th scope="col">Cheapest attack</th><th scope="col">Status</th></tr></thead>',
    `<tbody>\n${overview}\n</tbody></table></section>`,
    changes && options.previous ? changesHtml(changes, options.previous.version) : '',
    '<section aria-labelledby="method-h"><h2 id="method-h">How to read this register</h2>',
    METHOD.map((p) => `<p>${inlineToHtml(p)}</p>`).join('\n'),
    `<p>Skill levels:</p><ul>${skills}</ul>`,
    matrixHtml(),
    '</section>',
    ...entries.map((e) => threatHtml(e, options)),
    '</main>',
    `<footer><p>${escapeXml(`${title}, version ${options.version}.`)} Generated by xmppsec.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

// ---------------------------------------------------------------- Markdown

function mdCell(text: string): string {
  return escapeMarkdown(text);
}

function refsMd(refs: readonly string[]): string {
  if (refs.length === 0) return '';
  return `References: ${refs
    .map((r) => {
      const url = specRefUrl(r);
      return url ? `[${escapeMarkdown(r)}](${url})` : escapeMarkdown(r);
    })
    .join(', ')}`;
}

function threatMd(entry: Entry, options: RenderRegisterOptions): string {
  const { threat: t, analysis: a } = entry;
  const byId = new Map(t.tree.nodes.map((n) => [n.id, n.label]));
  const { priority, score } = threatPriority(t);
  const cuts = cutsText(entry, byId);
  const out: string[] = [];
  out.push(`<a id="threat-${safeId(t.slug)}"></a>`);
  out.push(`## ${entry.number}. ${escapeMarkdown(t.name)}`);
  out.push(`**${priority}** priority · ${t.status} · \`${t.slug}\`${t.tags.length > 0 ? ` · tags: ${t.tags.map(escapeMarkdown).join(', ')}` : ''}`);
  out.push('### Abstract', proseToMarkdown(t.abstract));
  out.push('### Definition', proseToMarkdown(t.definition));
  out.push('### Attack tree');
  if (options.treeImageHref) {
    out.push(`![${escapeMarkdown(`Attack tree: ${t.name}`)}](${encodeURI(options.treeImageHref(t.slug))})`);
  } else {
    out.push(`<div class="tree">\n${renderThreatSvg(t, a)}\n</div>`);
  }
  out.push('```text\n' + treeOutline(t.tree, a).replace(/```/g, "'''") + '\n```');
  out.push(
    `Goal likelihood ${formatLikelihood(a.root.likelihood)} (suggests ${a.likelihoodBand}); cheapest attack: ${escapeMarkdown(cheapestText(a))}` +
      `${a.root.cost !== a.unmitigated.cost || a.root.feasible !== a.unmitigated.feasible ? `; without the deployed mitigations: ${formatCost(a.unmitigated.cost)}` : ''}.`,
  );
  if (cuts.length > 0) {
    out.push(`Mitigations not yet deployed that cut the cheapest attack:\n\n${cuts.map((c) => `- ${escapeMarkdown(c)}`).join('\n')}`);
  }
  out.push('### Likelihood, damage and priority');
  out.push(
    `- Likelihood: ${t.likelihood}${a.likelihoodBand !== t.likelihood ? ` (the tree suggests ${a.likelihoodBand})` : ''}\n` +
      `- Damage: ${t.damage}\n- Priority: **${priority}** (score ${score})`,
  );
  if (t.exposureMetric !== undefined) {
    const figure = options.exposure?.[t.exposureMetric];
    out.push('### Exposure');
    out.push(
      `Observatory statistic: \`${t.exposureMetric}\`. ` +
        (figure
          ? `**${percent(figure.share)}** of ${figure.sample.toLocaleString('en-US')} scanned servers (measured ${escapeMarkdown(figure.measuredAt)}).`
          : 'No observatory measurement yet.'),
    );
  }
  out.push('### Existing approaches');
  if (t.existingApproaches.length === 0) out.push('None.');
  for (const x of t.existingApproaches) {
    out.push(`#### ${escapeMarkdown(x.name)}`, proseToMarkdown(x.description));
    if (x.refs.length > 0) out.push(refsMd(x.refs));
  }
  out.push('### Gap', proseToMarkdown(t.gap));
  out.push('### Potential approaches');
  if (t.potentialApproaches.length === 0) out.push('None.');
  for (const x of t.potentialApproaches) {
    out.push(`#### ${escapeMarkdown(x.name)}`, proseToMarkdown(x.description));
    out.push(`*Implementation issues.* ${proseToMarkdown(x.implementationIssues)}`);
    if (x.refs.length > 0) out.push(refsMd(x.refs));
  }
  out.push('### Recommended approach', proseToMarkdown(t.recommendation));
  const links = linkLabels(t);
  out.push('### Links', links.length === 0 ? 'None.' : links.map((l) => `- [${escapeMarkdown(l.label)}](${l.url})`).join('\n'));
  return out.join('\n\n');
}

function renderMarkdown(entries: Entry[], options: RenderRegisterOptions, changes: RegisterChanges | undefined): string {
  const title = titleOf(options);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(title)}`);
  out.push(escapeMarkdown(subtitle(options, entries.length)));
  out.push('## Overview');
  out.push(
    [
      '| # | Threat | Priority | Likelihood | Damage | Cheapest attack | Status |',
      '|---:|---|---|---|---|---|---|',
      ...entries.map(({ threat: t, analysis: a, number }) => {
        const { priority } = threatPriority(t);
        return `| ${number} | [${inlineToMarkdown(t.name)}](#threat-${safeId(t.slug)}) | **${priority}** | ${t.likelihood} | ${t.damage} | ${mdCell(cheapestText(a))} | ${t.status} |`;
      }),
    ].join('\n'),
  );
  if (changes && options.previous) {
    out.push(`## Changes since version ${escapeMarkdown(options.previous.version)}`);
    const items: string[] = [];
    for (const t of changes.added) items.push(`- Added: [${escapeMarkdown(t.name)}](#threat-${safeId(t.slug)})`);
    for (const t of changes.removed) items.push(`- Removed: ${escapeMarkdown(t.name)} (\`${t.slug}\`)`);
    for (const d of changes.changed) {
      items.push(`- Changed: [\`${d.slug}\`](#threat-${safeId(d.slug)})`);
      for (const c of d.changes) items.push(`  - ${escapeMarkdown(summarizeChange(c))}`);
    }
    out.push(items.length === 0 ? 'No changes.' : items.join('\n'));
  }
  out.push('## How to read this register');
  out.push(...METHOD.map((p) => inlineToMarkdown(p)));
  out.push(`Skill levels:\n\n${SKILLS.map((s) => `- **${s}**: ${escapeMarkdown(SKILL_DESCRIPTIONS[s])}`).join('\n')}`);
  out.push(
    [
      'Priority from likelihood (rows) and damage (columns); score = likelihood × damage with low 1, medium 2, high 3:',
      '',
      '| likelihood \\\\ damage | low | medium | high |',
      '|---|---|---|---|',
      ...priorityMatrix().map(
        (row) => `| **${row.likelihood}** | ${row.cells.map((c) => `${c.rating.priority} (${c.rating.score})`).join(' | ')} |`,
      ),
    ].join('\n'),
  );
  out.push(...entries.map((e) => threatMd(e, options)));
  out.push(`---\n\n${escapeMarkdown(`${title}, version ${options.version}.`)} Generated by xmppsec.`);
  return `${out.join('\n\n')}\n`;
}
