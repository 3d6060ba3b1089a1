import { z } from 'zod';
import type { CnaIdentity } from './build-record.ts';
import type { CveServicesConfig } from './cve-services-client.ts';

/**
 * The CNA's settings, kept in the settings table under one key. The CVE Services API key comes
 * from the environment (XMPPSEC_CVE_API_KEY) or, failing that, from the settings; it is never
 * logged, audited or returned: views only say whether one is configured and where it comes from.
 */

export const CNA_SETTINGS_KEY = 'cve.cna';
export const CVE_API_KEY_ENV = 'XMPPSEC_CVE_API_KEY';
export const DEFAULT_POOL_START = 1000;

export interface StoredCnaSettings {
  shortName: string | null;
  orgId: string | null;
  /** First number of the local pool each year (CVE-YYYY-<poolStart> upward). */
  poolStart: number;
  servicesUrl: string | null;
  servicesUser: string | null;
  apiKey: string | null;
  /** CSAF publisher; defaults to the short name and the public address. */
  publisherName: string | null;
  publisherNamespace: string | null;
}

export const EMPTY_CNA_SETTINGS: StoredCnaSettings = {
  shortName: null,
  orgId: null,
  poolStart: DEFAULT_POOL_START,
  servicesUrl: null,
  servicesUser: null,
  apiKey: null,
  publisherName: null,
  publisherNamespace: null,
};

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[1-5][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL without credentials, e.g. https://cveawg.mitre.org/api');

/** A change to the settings: absent keys stay, null clears. */
export const cnaSettingsPatchSchema = z
  .object({
    shortName: z.string().trim().regex(/^[A-Za-z0-9_-]{2,32}$/, 'must be the CNA short name: 2–32 letters, digits, _ or -').nullable(),
    orgId: z.string().trim().regex(UUID, 'must be the organisation UUID CVE Services gave the CNA').nullable(),
    poolStart: z.number().int().min(1000, 'must be at least 1000 (CVE numbers have four digits or more)').max(999_999_999),
    servicesUrl: httpUrl.nullable(),
    servicesUser: z.string().trim().min(1).max(256).nullable(),
    apiKey: z.string().trim().min(1).max(512).nullable().describe('Stored in the database; prefer the XMPPSEC_CVE_API_KEY environment variable'),
    publisherName: z.string().trim().min(1).max(200).nullable(),
    publisherNamespace: httpUrl.nullable(),
  })
  .partial()
  .strict();
export type CnaSettingsPatch = z.infer<typeof cnaSettingsPatchSchema>;

export type ApiKeySource = 'environment' | 'settings' | null;

/** What the API and the CLI show: everything but the key. */
export interface CnaSettingsView {
  shortName: string | null;
  orgId: string | null;
  poolStart: number;
  servicesUrl: string | null;
  servicesUser: string | null;
  apiKeySource: ApiKeySource;
  publisherName: string | null;
  publisherNamespace: string | null;
  /** Where new IDs come from: CVE Services when its URL, user and key are all configured. */
  idSource: 'local' | 'cve-services';
  /** Short name and organisation UUID are set: records can be built. */
  identityComplete: boolean;
}

export function storedSettings(value: unknown): StoredCnaSettings {
  if (value === null || typeof value !== 'object') return { ...EMPTY_CNA_SETTINGS };
  return { ...EMPTY_CNA_SETTINGS, ...(value as Partial<StoredCnaSettings>) };
}

export function applyPatch(current: StoredCnaSettings, patch: CnaSettingsPatch): { next: StoredCnaSettings; changed: string[] } {
  const next = { ...current };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(patch) as [keyof StoredCnaSettings, unknown][]) {
    if (value === undefined || next[key] === value) continue;
    (next as Record<string, unknown>)[key] = value;
    changed.push(key);
  }
  return { next, changed };
}

export function apiKeyOf(settings: StoredCnaSettings, fromEnvironment: string | undefined): { key: string | undefined; source: ApiKeySource } {
  const env = fromEnvironment?.trim();
  if (env) return { key: env, source: 'environment' };
  if (settings.apiKey) return { key: settings.apiKey, source: 'settings' };
  return { key: undefined, source: null };
}

export function identityOf(settings: StoredCnaSettings): CnaIdentity | undefined {
  return settings.shortName && settings.orgId ? { shortName: settings.shortName, orgId: settings.orgId } : undefined;
}

/** The CVE Services client configuration, when everything it needs is set. */
export function servicesConfigOf(settings: StoredCnaSettings, fromEnvironment: string | undefined): CveServicesConfig | undefined {
  const { key } = apiKeyOf(settings, fromEnvironment);
  if (!settings.shortName || !settings.servicesUrl || !settings.servicesUser || !key) return undefined;
  return { baseUrl: settings.servicesUrl, org: settings.shortName, user: settings.servicesUser, apiKey: key };
}

export function settingsView(settings: StoredCnaSettings, fromEnvironment: string | undefined): CnaSettingsView {
  return {
    shortName: settings.shortName,
    orgId: settings.orgId,
    poolStart: settings.poolStart,
    servicesUrl: settings.servicesUrl,
    servicesUser: settings.servicesUser,
    apiKeySource: apiKeyOf(settings, fromEnvironment).source,
    publisherName: settings.publisherName,
    publisherNamespace: settings.publisherNamespace,
    idSource: servicesConfigOf(settings, fromEnvironment) ? 'cve-services' : 'local',
    identityComplete: identityOf(settings) !== undefined,
  };
}
