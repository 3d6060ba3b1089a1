import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateMailMessage } from '../../mail/mailer.ts';
import { confirmationMail, xepHealthMail, xepHealthText } from './directory-mail.ts';
import { FIXTURES } from './test-helpers.ts';
import { xepHealthReport } from './xep-health.ts';
import { parseXepList } from './xep-list.ts';

describe('directory e-mails', () => {
  it('asks for the yearly confirmation with the link, the project page and the expiry date', () => {
    const mail = confirmationMail({
      to: 'dev@example.org',
      maintainerName: ' Ada ',
      projectName: 'Prosody IM',
      projectUrl: 'https://sec.example/directory/prosody-im',
      confirmUrl: 'https://sec.example/directory/confirm#token=xdc_abc',
      expiresAt: new Date('2026-07-01T12:00:00Z'),
    });
    expect(mail.subject).toBe('Please confirm that Prosody IM is still maintained');
    expect(mail.text).toMatch(/^Hello Ada,\n/);
    expect(mail.text).toContain('\n  https://sec.example/directory/confirm#token=xdc_abc\n');
    expect(mail.text).toContain('\n  https://sec.example/directory/prosody-im\n');
    expect(mail.text).toContain('expires on 2026-07-01');
    expect(() => validateMailMessage(mail)).not.toThrow();
    expect(confirmationMail({ to: 'x@example.org', maintainerName: '', projectName: 'P', projectUrl: 'u', confirmUrl: 'c', expiresAt: new Date(0) }).text).toMatch(/^Hello,\n/);
  });

  it('writes the XEP health report of the real XEP list as text with one line per XEP', () => {
    const xeps = parseXepList(readFileSync(join(FIXTURES, 'xeplist.xml'))).xeps;
    const report = xepHealthReport(xeps, [
      { project: 'a', xeps: [{ number: 280, status: 'complete', version: null }, { number: 71, status: 'complete', version: null }] },
      { project: 'b', xeps: [{ number: 280, status: 'complete', version: null }, { number: 71, status: 'partial', version: null }] },
    ], { now: new Date('2026-06-01T00:00:00Z') });
    const text = xepHealthText(report);
    const lines = text.split('\n');
    const deferral = lines.findIndex((line) => line.startsWith('Experimental XEPs due for deferral'));
    expect(lines[deferral]).toBe(`Experimental XEPs due for deferral (no revision for 12 months): ${report.dueForDeferral.length}`);
    expect(lines.slice(deferral + 1, deferral + 1 + report.dueForDeferral.length).every((line) => /^ {2}XEP-\d{4} .+ — (last revision .+ months? ago|no revision on record)$/.test(line))).toBe(true);
    for (const retired of report.retiredButImplemented) expect(text).toContain(`XEP-${String(retired.number).padStart(4, '0')} ${retired.title} (${retired.status}) — `);
    const mail = xepHealthMail(['council@example.org'], report, 'https://sec.example/api/v1/xeps/health');
    expect(mail.subject).toMatch(/^XEP health report 2026-06-01: \d+ due for deferral, \d+ for advancement, \d+ retired but implemented$/);
    expect(() => validateMailMessage(mail)).not.toThrow();
  });
});
