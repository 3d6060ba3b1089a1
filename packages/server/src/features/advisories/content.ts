import { escapeXml as escapeHtml } from '../../text/escape.ts';
import type { ProjectStatus, Severity } from '../cases/tables.ts';

/** What an advisory says publicly. Drafted from the case, edited by the team, frozen per revision. */
export interface AdvisoryContent {
  title: string;
  summary: string;
  severity: Severity | null;
  projects: { name: string; slug: string | null; status: ProjectStatus; fixedIn: string | null; fixedVersions: string[]; statement: string }[];
  cveIds: string[];
  credits: { name: string; role: string }[];
  timeline: { at: string; event: string }[];
  references: { url: string; name: string }[];
  workarounds: string;
}

export const STATUS_WORDS: Record<ProjectStatus, string> = {
  not_assessed: 'Not yet assessed',
  affected: 'Affected',
  not_affected: 'Not affected',
  fixed: 'Fixed',
  wont_fix: "Won't fix",
};

export interface CaseFacts {
  title: string;
  summary: string;
  severity: Severity | null;
  acceptedAt: Date;
  firstReportAt: Date | null;
  embargoAt: Date | null;
  projects: AdvisoryContent['projects'];
  cveIds: string[];
  credits: AdvisoryContent['credits'];
}

/** The first draft, from what the case already knows. */
export function draftFromCase(facts: CaseFacts): AdvisoryContent {
  const timeline = [
    ...(facts.firstReportAt ? [{ at: facts.firstReportAt.toISOString(), event: 'Reported to the XSF security team' }] : []),
    { at: facts.acceptedAt.toISOString(), event: 'Case opened and maintainers contacted' },
    ...(facts.embargoAt ? [{ at: facts.embargoAt.toISOString(), event: 'Advisory published' }] : []),
  ];
  return { title: facts.title, summary: facts.summary, severity: facts.severity, projects: facts.projects, cveIds: facts.cveIds, credits: facts.credits, timeline, references: [], workarounds: '' };
}

/** At publication the status table and CVE IDs are taken from the case as they are then; the text stays as approved. */
export function withCurrentFacts(content: AdvisoryContent, facts: Pick<CaseFacts, 'projects' | 'cveIds'>, publishedAt: Date): AdvisoryContent {
  const timeline = content.timeline.filter((entry) => entry.event !== 'Advisory published');
  return { ...content, projects: facts.projects, cveIds: facts.cveIds, timeline: [...timeline, { at: publishedAt.toISOString(), event: 'Advisory published' }] };
}

/** Plain text, for e-mail and as the XMPP message's longer form. */
export function advisoryText(id: string, content: AdvisoryContent, link: string): string {
  const lines = [
    `${id}: ${content.title}`,
    '',
    ...(content.severity ? [`Severity: ${content.severity}`] : []),
    ...(content.cveIds.length > 0 ? [`CVE: ${content.cveIds.join(', ')}`] : []),
    '',
    content.summary.trim(),
    '',
    'Affected software:',
    ...content.projects.map((project) => `  - ${project.name}: ${STATUS_WORDS[project.status]}${project.fixedIn ? `, fixed in ${project.fixedIn}` : ''}${project.fixedVersions.length > 0 ? ` (also ${project.fixedVersions.join(', ')})` : ''}`),
    ...(content.workarounds.trim() ? ['', 'Workarounds:', content.workarounds.trim()] : []),
    ...(content.credits.length > 0 ? ['', 'Credits:', ...content.credits.map((credit) => `  - ${credit.name} (${credit.role})`)] : []),
    ...(content.references.length > 0 ? ['', 'References:', ...content.references.map((reference) => `  - ${reference.name ? `${reference.name}: ` : ''}${reference.url}`)] : []),
    '',
    `Full advisory: ${link}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** An HTML fragment for feed readers: everything escaped, no scripts, no styles. */
export function advisoryHtml(content: AdvisoryContent): string {
  const rows = content.projects.map((project) => `<tr><td>${escapeHtml(project.name)}</td><td>${escapeHtml(STATUS_WORDS[project.status])}</td><td>${escapeHtml(project.fixedIn ?? '')}</td></tr>`).join('');
  return [
    `<p>${escapeHtml(content.summary).replace(/\n{2,}/g, '</p><p>').replace(/\n/g, '<br>')}</p>`,
    content.cveIds.length > 0 ? `<p>CVE: ${content.cveIds.map(escapeHtml).join(', ')}</p>` : '',
    `<table><thead><tr><th>Software</th><th>Status</th><th>Fixed in</th></tr></thead><tbody>${rows}</tbody></table>`,
    content.credits.length > 0 ? `<p>Credits: ${content.credits.map((credit) => escapeHtml(`${credit.name} (${credit.role})`)).join(', ')}</p>` : '',
  ].join('');
}
