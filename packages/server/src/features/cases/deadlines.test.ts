import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../clock.ts';
import { dueEmbargoReminders, maintainerResponseDeadline, reportAcknowledgementDeadline } from './deadlines.ts';

const RECEIVED = new Date('2026-06-01T00:00:00Z');
const at = (days: number) => new Date(RECEIVED.getTime() + days * DAY_MS);

describe('deadlines', () => {
  it('asks for an acknowledgement within 3 days of a new report', () => {
    const report = { id: 'r1', reference: 'R-1', received_at: RECEIVED, acknowledged_at: null, status: 'new' };
    expect(reportAcknowledgementDeadline(report, at(2))).toMatchObject({ dueAt: at(3), overdue: false });
    expect(reportAcknowledgementDeadline(report, at(3))).toMatchObject({ overdue: true });
    expect(reportAcknowledgementDeadline({ ...report, acknowledged_at: at(1) }, at(5))).toBeUndefined();
    expect(reportAcknowledgementDeadline({ ...report, status: 'accepted' }, at(5))).toBeUndefined();
  });

  it('expects a maintainer response by the due date until the first response', () => {
    const project = { case_id: 'XSF-2026-0001', project_key: 'prosody', display_name: 'Prosody', response_due_at: at(14), first_response_at: null };
    expect(maintainerResponseDeadline(project, at(13))).toMatchObject({ overdue: false, key: 'response:XSF-2026-0001:prosody' });
    expect(maintainerResponseDeadline(project, at(15))).toMatchObject({ overdue: true });
    expect(maintainerResponseDeadline({ ...project, first_response_at: at(2) }, at(15))).toBeUndefined();
  });

  it('reminds 7 days and 1 day before the embargo ends, keyed by the instant', () => {
    const kase = { id: 'XSF-2026-0001', embargo_at: at(30), state: 'coordinating' };
    expect(dueEmbargoReminders(kase, at(22))).toEqual([]);
    expect(dueEmbargoReminders(kase, at(23)).map((reminder) => reminder.key)).toEqual([`embargo:7 days:XSF-2026-0001:${at(30).toISOString()}`]);
    expect(dueEmbargoReminders(kase, at(29.5))).toHaveLength(2);
    expect(dueEmbargoReminders(kase, at(30))).toEqual([]);
    expect(dueEmbargoReminders({ ...kase, embargo_at: at(40) }, at(29.5))).toEqual([]);
    expect(dueEmbargoReminders({ ...kase, state: 'published' }, at(29.5))).toEqual([]);
  });
});
