/** Namespaces and names of the DOAP vocabulary and its XMPP extension (XEP-0453). */

export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const DOAP_NS = 'http://usefulinc.com/ns/doap#';
export const XMPP_NS = 'https://linkmauve.fr/ns/xmpp-doap#';
export const FOAF_NS = 'http://xmlns.com/foaf/0.1/';
/** Files disagree on the scheme and the trailing slash of schema.org. */
export const SCHEMA_NAMESPACES: ReadonlySet<string> = new Set([
  'https://schema.org/',
  'http://schema.org/',
  'https://schema.org',
  'http://schema.org',
]);
export const XMPP_CATEGORY_PREFIX = `${XMPP_NS}category-`;

export const XEP_SUPPORT_STATUSES = ['complete', 'partial', 'planned', 'deprecated', 'removed', 'wontfix'] as const;
export type XepSupportStatus = (typeof XEP_SUPPORT_STATUSES)[number];

export function isXepSupportStatus(value: string): value is XepSupportStatus {
  return (XEP_SUPPORT_STATUSES as readonly string[]).includes(value);
}

/**
 * Properties of doap:Project, from the DOAP schema (ewilderj/doap, schema/doap.rdf), plus
 * `short-name`, which many XMPP projects use although the schema never adopted it.
 */
export const PROJECT_PROPERTIES: ReadonlySet<string> = new Set([
  'name', 'homepage', 'old-homepage', 'security-policy', 'security-contact', 'created', 'shortdesc',
  'description', 'release', 'mailing-list', 'support-forum', 'developer-forum', 'category', 'license',
  'repository', 'download-page', 'download-mirror', 'wiki', 'bug-database', 'documentation', 'screenshots',
  'maintainer', 'developer', 'documenter', 'translator', 'tester', 'helper', 'programming-language', 'os',
  'implements', 'service-endpoint', 'language', 'vendor', 'platform', 'audience', 'blog', 'short-name',
]);

export const VERSION_PROPERTIES: ReadonlySet<string> = new Set([
  'revision', 'created', 'name', 'file-release', 'branch', 'description', 'os', 'platform',
]);

export const REPOSITORY_CLASSES: ReadonlySet<string> = new Set([
  'Repository', 'GitRepository', 'HgRepository', 'SVNRepository', 'CVSRepository', 'BKRepository',
  'ArchRepository', 'BazaarBranch', 'GitBranch', 'DarcsRepository',
]);

export const REPOSITORY_PROPERTIES: ReadonlySet<string> = new Set([
  'location', 'browse', 'anon-root', 'module', 'branch', 'repositoryOf',
]);

export const DOAP_CLASSES: ReadonlySet<string> = new Set(['Project', 'Version', 'Specification', ...REPOSITORY_CLASSES]);

export const SUPPORTED_XEP_PROPERTIES: ReadonlySet<string> = new Set(['xep', 'version', 'status', 'since', 'until', 'note']);

export const XMPP_TERMS: ReadonlySet<string> = new Set(['SupportedXep', ...SUPPORTED_XEP_PROPERTIES]);

export const DOAP_TERMS: ReadonlySet<string> = new Set([
  ...PROJECT_PROPERTIES, ...VERSION_PROPERTIES, ...REPOSITORY_PROPERTIES, ...DOAP_CLASSES,
]);

/** Properties that take a person (foaf:Person) as value. */
export const PERSON_ROLES = ['maintainer', 'developer', 'documenter', 'translator', 'tester', 'helper'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
