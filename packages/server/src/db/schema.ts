import type { AuditTables } from '../audit/tables.ts';
import type { AccountTables } from '../features/accounts/tables.ts';

/** Settings the team changes at run time (CNA identity, publication channels, …), as JSON. */
export interface SettingsTable {
  key: string;
  value: unknown;
  updated_at: Date;
}

/** Every table, for Kysely's type checking. Each feature declares its own in its tables.ts. */
export interface Database extends AccountTables, AuditTables {
  settings: SettingsTable;
}
