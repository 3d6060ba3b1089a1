import type { paths } from '../../api/schema.d.ts';
import { MAINTENANCE_STATES } from './labels.ts';
import type { Maintenance } from './labels.ts';

export type ProjectQuery = NonNullable<paths['/api/v1/projects']['get']['parameters']['query']>;
export type XepQuery = NonNullable<paths['/api/v1/xeps']['get']['parameters']['query']>;

export const PROJECTS_PER_PAGE = 50;
export const XEPS_PER_PAGE = 100;
/** How many XEPs one matrix compares: each is one request. */
export const MATRIX_MAX_XEPS = 16;
/** Security-relevant XEPs a server operator or reviewer asks about first. */
export const DEFAULT_MATRIX_XEPS = [178, 220, 368, 384, 388, 440, 474, 198, 280, 313];

const offsetFrom = (search: URLSearchParams) => {
  const value = Number(search.get('offset'));
  return Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : 0;
};

const xepNumber = (text: string | null) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 9999 ? value : undefined;
};

/** The directory's filters from the address bar: unknown or invalid values are dropped. */
export function projectQueryFromSearch(search: URLSearchParams): ProjectQuery {
  const query: ProjectQuery = { limit: PROJECTS_PER_PAGE };
  const q = search.get('q')?.trim().slice(0, 100);
  if (q) query.q = q;
  const category = search.get('category')?.trim();
  if (category && category.length <= 50) query.category = category;
  const maintenance = search.get('maintenance');
  if (maintenance && (MAINTENANCE_STATES as string[]).includes(maintenance)) query.maintenance = maintenance as Maintenance;
  const xep = xepNumber(search.get('xep'));
  if (xep !== undefined) query.xep = xep;
  if (search.get('inScope') === 'true') query.inScope = 'true';
  if (search.get('archived') === 'true') query.archived = 'true';
  const offset = offsetFrom(search);
  if (offset > 0) query.offset = offset;
  return query;
}

export function xepQueryFromSearch(search: URLSearchParams): XepQuery {
  const query: XepQuery = { limit: XEPS_PER_PAGE };
  const q = search.get('q')?.trim().slice(0, 100);
  if (q) query.q = q;
  const status = search.get('status')?.trim();
  if (status && status.length <= 30) query.status = status;
  const offset = offsetFrom(search);
  if (offset > 0) query.offset = offset;
  return query;
}

/** `?key=value…` for a query, leaving out the page size and empty values. */
export function searchFor(query: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'limit' || value === undefined || value === '' || value === 0) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** XEP numbers typed as "198, XEP-0280 313": distinct, valid, in order, at most MATRIX_MAX_XEPS. */
export function parseXepList(text: string | null): number[] {
  if (!text) return [];
  const numbers: number[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    const value = xepNumber(token.replace(/^xep-?/i, ''));
    if (value !== undefined && !numbers.includes(value)) numbers.push(value);
    if (numbers.length === MATRIX_MAX_XEPS) break;
  }
  return numbers;
}
