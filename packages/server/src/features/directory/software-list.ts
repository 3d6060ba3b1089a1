import { z } from 'zod';

/**
 * Reads xmpp.org's software list (`data/software.json` in xsf/xmpp.org): an array of
 * { name, url, doap, categories, platforms }. A project with a DOAP file has `doap` (absolute,
 * or a path on xmpp.org for hosted files) and usually no `url`, which xmpp.org takes from the DOAP.
 */

export const SOFTWARE_CATEGORIES = ['client', 'server', 'library', 'tool', 'component', 'integrated-platform'] as const;

const httpUrl = z.string().trim().refine((v) => {
  if (!URL.canParse(v)) return false;
  const p = new URL(v).protocol;
  return p === 'http:' || p === 'https:';
}, { message: 'must be an http(s) URL' });

const doapReference = z.string().trim().refine((v) => v.startsWith('/') || (URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol)), {
  message: 'must be an http(s) URL or a path on xmpp.org starting with "/"',
});

export const softwareEntrySchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  doap: doapReference.nullable().optional(),
  url: httpUrl.nullable().optional(),
  categories: z.array(z.string().trim().min(1)).max(20).default([]),
  platforms: z.array(z.string().trim().min(1)).max(50).default([]),
});

export interface SoftwareListEntry {
  name: string;
  /** Absolute URL of the DOAP file (hosted paths resolved against xmpp.org). */
  doapUrl: string | null;
  url: string | null;
  categories: string[];
  platforms: string[];
  /** Position in the list, for messages. */
  index: number;
}

export interface SoftwareListProblem {
  index: number;
  name: string | null;
  severity: 'error' | 'warning';
  message: string;
}

export interface SoftwareList {
  entries: SoftwareListEntry[];
  /** Errors skip the entry; warnings keep it. */
  problems: SoftwareListProblem[];
}

export const SOFTWARE_LIST_ERROR_CODES = ['invalid-json', 'not-a-list', 'too-large'] as const;

/** The file as a whole cannot be used. */
export class SoftwareListError extends Error {
  override name = 'SoftwareListError';
  readonly code: (typeof SOFTWARE_LIST_ERROR_CODES)[number];
  constructor(code: SoftwareListError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface SoftwareListOptions {
  /** Where hosted DOAP paths ("/hosted-doap/x.doap") live. */
  baseUrl?: string;
  maxEntries?: number;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'entry'}: ${i.message}`).join('; ');
}

export function parseSoftwareList(data: unknown, options: SoftwareListOptions = {}): SoftwareList {
  const baseUrl = options.baseUrl ?? 'https://xmpp.org/';
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Array.isArray(data)) throw new SoftwareListError('not-a-list', 'the software list must be a JSON array of entries');
  if (data.length > maxEntries) throw new SoftwareListError('too-large', `the software list has ${data.length} entries, more than ${maxEntries}`);

  const entries: SoftwareListEntry[] = [];
  const problems: SoftwareListProblem[] = [];
  const names = new Map<string, number>();
  data.forEach((raw: unknown, index) => {
    const rawName = typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
      ? (raw as { name: string }).name
      : null;
    const parsed = softwareEntrySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push({ index, name: rawName, severity: 'error', message: `entry ${index}${rawName ? ` ("${rawName}")` : ''} skipped: ${describeIssues(parsed.error)}` });
      return;
    }
    const e = parsed.data;
    const label = `entry ${index} ("${e.name}")`;
    for (const c of e.categories) {
      if (!(SOFTWARE_CATEGORIES as readonly string[]).includes(c)) {
        problems.push({ index, name: e.name, severity: 'warning', message: `${label}: unknown category "${c}"` });
      }
    }
    const key = e.name.toLowerCase();
    const first = names.get(key);
    if (first !== undefined) {
      problems.push({ index, name: e.name, severity: 'warning', message: `${label}: the name also appears as entry ${first}` });
    } else {
      names.set(key, index);
    }
    const doap = e.doap ?? null;
    entries.push({
      name: e.name,
      doapUrl: doap === null ? null : new URL(doap, baseUrl).href,
      url: e.url ?? null,
      categories: e.categories,
      platforms: e.platforms,
      index,
    });
  });
  return { entries, problems };
}

export function parseSoftwareListText(text: string, options: SoftwareListOptions = {}): SoftwareList {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SoftwareListError('invalid-json', `the software list is not valid JSON: ${(err as Error).message}`);
  }
  return parseSoftwareList(data, options);
}
