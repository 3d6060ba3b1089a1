import type { MailMessage } from '../../mail/mailer.ts';
import type { XepHealthReport } from './xep-health.ts';

/** The texts of the directory's e-mails. Pure, so the wording is tested without a mail server. */

export function confirmationMail(input: {
  to: string;
  maintainerName: string;
  projectName: string;
  projectUrl: string;
  confirmUrl: string;
  expiresAt: Date;
}): MailMessage {
  const greeting = input.maintainerName.trim() === '' ? 'Hello,' : `Hello ${input.maintainerName.trim()},`;
  return {
    to: input.to,
    subject: `Please confirm that ${input.projectName} is still maintained`,
    text: `${greeting}

you are listed as a maintainer of ${input.projectName} in the XMPP software directory
of the XSF security team:

  ${input.projectUrl}

Once a year we ask maintainers to confirm that their project is still maintained, so
that security reports reach someone who can act on them. One click confirms:

  ${input.confirmUrl}

The link works once and expires on ${input.expiresAt.toISOString().slice(0, 10)}. If the project is no longer
maintained, or you no longer maintain it, please reply instead: nothing changes
until the security team has looked at it.
`,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const xepName = (number: number) => `XEP-${String(number).padStart(4, '0')}`;

export function xepHealthText(report: XepHealthReport): string {
  const lines = [`XEP health report, ${report.generatedAt.slice(0, 10)}`, ''];
  lines.push(`Experimental XEPs due for deferral (no revision for 12 months): ${report.dueForDeferral.length}`);
  for (const xep of report.dueForDeferral) {
    const revised = xep.lastRevision ? `last revision ${xep.lastRevision.version} on ${xep.lastRevision.date}, ${plural(xep.monthsSinceRevision ?? 0, 'month')} ago` : 'no revision on record';
    lines.push(`  ${xepName(xep.number)} ${xep.title} — ${revised}`);
  }
  lines.push('', `Experimental XEPs with several complete implementations (candidates for advancement): ${report.advancementCandidates.length}`);
  for (const xep of report.advancementCandidates) {
    lines.push(`  ${xepName(xep.number)} ${xep.title} — complete in ${xep.completeImplementations.map((impl) => impl.project).join(', ')}`);
  }
  lines.push('', `Deprecated or Obsolete XEPs still declared as implemented: ${report.retiredButImplemented.length}`);
  for (const xep of report.retiredButImplemented) {
    lines.push(`  ${xepName(xep.number)} ${xep.title} (${xep.status}) — ${xep.implementations.map((impl) => `${impl.project} (${impl.status ?? 'no status'})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function xepHealthMail(to: readonly string[], report: XepHealthReport, reportUrl: string): MailMessage {
  return {
    to,
    subject: `XEP health report ${report.generatedAt.slice(0, 10)}: ${report.dueForDeferral.length} due for deferral, ${report.advancementCandidates.length} for advancement, ${report.retiredButImplemented.length} retired but implemented`,
    text: `${xepHealthText(report)}\nThe same report, always current: ${reportUrl}\n`,
  };
}
