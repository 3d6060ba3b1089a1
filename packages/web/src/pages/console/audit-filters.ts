import type { paths } from '../../api/schema.d.ts';

export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

/** The filters a person types; the address bar holds them so a filtered view can be shared and revisited. */
export const TEXT_FILTERS = ['action', 'actorId', 'subjectType', 'subjectId'] as const satisfies readonly (keyof AuditQuery)[];
export const TIME_FILTERS = ['since', 'until'] as const satisfies readonly (keyof AuditQuery)[];

export const PAGE_SIZE = 50;

/** The API query for the page's address: known keys only, with values the API accepts. */
export function auditQueryFromSearch(search: URLSearchParams): AuditQuery {
  const query: AuditQuery = { limit: PAGE_SIZE };
  for (const key of TEXT_FILTERS) {
    const value = search.get(key)?.trim();
    if (value) query[key] = value;
  }
  for (const key of TIME_FILTERS) {
    const value = search.get(key);
    if (value && !Number.isNaN(Date.parse(value))) query[key] = new Date(value).toISOString();
  }
  const before = Number(search.get('beforeSeq'));
  if (Number.isInteger(before) && before > 0) query.beforeSeq = before;
  return query;
}

/** The page address for a query (no page size: that is the page's business). */
export function searchFromAuditQuery(query: AuditQuery): string {
  const search = new URLSearchParams();
  for (const key of [...TEXT_FILTERS, ...TIME_FILTERS]) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  if (query.beforeSeq !== undefined) search.set('beforeSeq', String(query.beforeSeq));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** The same filters, on the page of events before `beforeSeq` (or the newest page). */
export function atPage(query: AuditQuery, beforeSeq: number | null | undefined): AuditQuery {
  const { beforeSeq: _current, ...filters } = query;
  return beforeSeq === null || beforeSeq === undefined ? filters : { ...filters, beforeSeq };
}

/** An ISO instant as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
