import type { AuditTables } from '../audit/tables.ts';
import type { AccountTables } from '../features/accounts/tables.ts';
import type { MailTables } from '../mail/tables.ts';
import type { DirectoryTables } from '../features/directory/tables.ts';
import type { AdvisoryTables } from '../features/advisories/tables.ts';
import type { CaseTables } from '../features/cases/tables.ts';
import type { XmppTables } from '../xmpp/tables.ts';
import type { ThreatTables } from '../features/threats/tables.ts';
import type { CveTables } from '../features/cve/tables.ts';
import type { ObservatoryTables } from '../features/observatory/tables.ts';

/** Settings the team changes at run time (CNA identity, publication channels, …), as JSON. */
export interface SettingsTable {
  key: string;
  value: unknown;
  updated_at: Date;
}

/** Every table, for Kysely's type checking. Each feature declares its own in its tables.ts. */
export interface Database extends AccountTables, AuditTables, MailTables, DirectoryTables, ThreatTables, CaseTables, AdvisoryTables, XmppTables, CveTables, ObservatoryTables {
  settings: SettingsTable;
}
