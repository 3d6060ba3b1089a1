import type { ApiResponse } from '../../api/client.ts';
import type { SupportStatus } from './labels.ts';

type Xep = ApiResponse<'/api/v1/xeps/{number}', 'get'>;

export interface MatrixCell {
  status: SupportStatus | null;
  /** What the DOAP file said, when it is not one of the known statuses. */
  raw: string | null;
  version: string | null;
}

export interface MatrixRow {
  slug: string;
  name: string;
  archived: boolean;
  cells: (MatrixCell | undefined)[];
  complete: number;
}

/**
 * Projects × XEPs: one row per project that declares at least one of the XEPs, one cell per XEP
 * in the order given (undefined: not declared). Rows with the most complete implementations come
 * first, then by name.
 */
export function buildMatrix(xeps: readonly Xep[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  xeps.forEach((xep, column) => {
    for (const entry of xep.implementations) {
      let row = rows.get(entry.slug);
      if (!row) {
        row = { slug: entry.slug, name: entry.name, archived: entry.archived, cells: Array.from({ length: xeps.length }, () => undefined), complete: 0 };
        rows.set(entry.slug, row);
      }
      row.cells[column] = { status: entry.status, raw: entry.rawStatus, version: entry.version };
      if (entry.status === 'complete') row.complete++;
    }
  });
  return [...rows.values()].sort((a, b) => b.complete - a.complete || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
