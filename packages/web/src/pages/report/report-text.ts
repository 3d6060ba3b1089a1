/** The text fields of a report: what the OpenPGP option encrypts together, as one message. */
export interface ReportText {
  title: string;
  description: string;
  steps: string;
  impact: string;
  disclosurePlans: string;
}

const SECTIONS: [keyof ReportText, string][] = [
  ['description', 'Description'],
  ['steps', 'Steps to reproduce'],
  ['impact', 'Impact'],
  ['disclosurePlans', 'Disclosure plans'],
];

/** A plain-text document the team reads after decrypting; empty sections are left out. */
export function composeReportText(text: ReportText): string {
  const parts = [`Title: ${text.title.trim()}`];
  for (const [field, heading] of SECTIONS) {
    const body = text[field].trim();
    if (body === '') continue;
    parts.push(`${heading}\n${'-'.repeat(heading.length)}\n${body}`);
  }
  return `${parts.join('\n\n')}\n`;
}
