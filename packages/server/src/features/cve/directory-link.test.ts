import { describe, expect, it } from 'vitest';
import { deriveAffectedRange } from '../directory/affected-range.ts';
import { affectedEntry, mergeCaseDraft } from './case-draft.ts';
import { caseDraftInputSchema } from './case-draft.ts';
import type { ProjectCandidate } from './directory-link.ts';
import { matchProduct, matchProducts, repositoryKey } from './directory-link.ts';
import { parseDraft } from './build-record.ts';
import type { CveDraft } from './draft.ts';
import { fixtureRecords } from './test-fixtures.ts';

const project = (over: Partial<ProjectCandidate>): ProjectCandidate => ({
  id: over.slug ?? 'x',
  slug: 'x',
  formerSlugs: [],
  name: 'X',
  cveVendor: null,
  cveProduct: null,
  repository: null,
  packageCollectionUrl: null,
  packageName: null,
  ...over,
});

const PROJECTS = [
  project({ slug: 'prosody', name: 'Prosody IM', cveProduct: 'prosody', repository: 'https://hg.prosody.im/prosody/', formerSlugs: ['prosody-im'] }),
  project({ slug: 'openfire', name: 'Openfire', cveVendor: 'igniterealtime', cveProduct: 'Openfire', repository: 'https://github.com/igniterealtime/Openfire' }),
  project({ slug: 'xmpp-js', name: 'xmpp.js', packageCollectionUrl: 'https://www.npmjs.com', packageName: '@xmpp/client' }),
  project({ slug: 'gajim', name: 'Gajim' }),
];

describe('matching affected products to directory projects', () => {
  it('compares repositories by host and path, whatever the scheme, case of the host, .git or trailing slash', () => {
    expect(repositoryKey('https://GitHub.com/igniterealtime/Openfire.git/')).toBe('github.com/igniterealtime/Openfire');
    expect(repositoryKey('git@github.com:igniterealtime/Openfire.git')).toBe('github.com/igniterealtime/Openfire');
    expect(repositoryKey('git+https://www.github.com/igniterealtime/Openfire')).toBe('github.com/igniterealtime/Openfire');
    expect(repositoryKey('https://github.com/')).toBeUndefined();
    expect(repositoryKey('not a url')).toBeUndefined();
    expect(repositoryKey(null)).toBeUndefined();
  });

  it('prefers the strongest evidence: slug, package, repository, vendor/product, then name', () => {
    expect(matchProduct({ projectSlug: 'prosody-im', vendor: 'Openfire', product: 'Openfire' }, PROJECTS)).toMatchObject({ matchedBy: 'slug', projects: [{ slug: 'prosody' }] });
    expect(matchProduct({ collectionURL: 'https://www.npmjs.com/', packageName: '@xmpp/client' }, PROJECTS)).toMatchObject({ matchedBy: 'package', projects: [{ slug: 'xmpp-js' }] });
    expect(matchProduct({ vendor: 'n/a', product: 'n/a', repo: 'git@github.com:igniterealtime/Openfire.git' }, PROJECTS)).toMatchObject({ matchedBy: 'repository', projects: [{ slug: 'openfire' }] });
    expect(matchProduct({ vendor: 'IgniteRealtime', product: 'openfire' }, PROJECTS)).toMatchObject({ matchedBy: 'vendor_product' });
    expect(matchProduct({ vendor: 'n/a', product: 'prosody' }, PROJECTS)).toMatchObject({ matchedBy: 'name', projects: [{ slug: 'prosody' }] });
    expect(matchProduct({ vendor: 'Gajim', product: 'Gajim' }, PROJECTS)).toMatchObject({ matchedBy: 'name', projects: [{ slug: 'gajim' }] });
    // Without a CVE vendor on record, the product name decides; with one, another vendor means another product.
    expect(matchProduct({ vendor: 'gajim.org', product: 'gajim' }, PROJECTS)).toMatchObject({ matchedBy: 'name', projects: [{ slug: 'gajim' }] });
    expect(matchProduct({ vendor: 'Some Corp', product: 'Openfire' }, PROJECTS)).toBeUndefined();
    expect(matchProduct({ vendor: 'n/a', product: 'n/a' }, PROJECTS)).toBeUndefined();
    expect(matchProduct({}, PROJECTS)).toBeUndefined();
  });

  it('links the real records that name directory projects, by position', () => {
    const links = fixtureRecords().map((f) => {
      const cna = f.record.containers.cna as { affected: { vendor?: string; product?: string }[] };
      return [f.record.cveMetadata.cveId, matchProducts(cna.affected, PROJECTS).map((l) => `${l.position}:${l.projectId}:${l.matchedBy}`)];
    });
    expect(Object.fromEntries(links)).toEqual({
      'CVE-2021-41055': [],
      'CVE-2022-0217': ['0:prosody:name'],
      'CVE-2023-28686': [],
      'CVE-2023-32315': ['0:openfire:vendor_product'],
    });
  });
});

describe('drafting from a case', () => {
  it('turns a derived range into draft versions that build a CVE record', () => {
    const range = deriveAffectedRange({ releases: [{ revision: '0.11.0' }, { revision: '0.12.0' }, { revision: '0.12.3' }], fixedIn: '0.12.3', introducedIn: '0.11.0' });
    const entry = affectedEntry({ projectSlug: 'prosody', vendor: 'Prosody', product: 'Prosody' }, { repo: 'https://hg.prosody.im/prosody/' }, range);
    expect(entry).toEqual({ projectSlug: 'prosody', vendor: 'Prosody', product: 'Prosody', repo: 'https://hg.prosody.im/prosody/', versionType: 'semver', defaultStatus: 'unaffected', ranges: [{ introduced: '0.11.0', fixed: '0.12.3', status: 'affected' }] });
    // Bounds that cannot be ordered: the releases are listed one by one, never guessed.
    const unordered = deriveAffectedRange({ releases: [{ revision: 'trunk' }, { revision: '1.0' }], fixedIn: 'nightly', introducedIn: '1.0' });
    const listed = affectedEntry({ vendor: 'V', product: 'P' }, {}, unordered);
    expect(listed.ranges).toBeUndefined();
    expect(listed.versions).toEqual(unordered.cveVersions.map((v) => ({ version: v.version, status: v.status })));
    // No fix yet: every version from the first is affected.
    expect(affectedEntry({ vendor: 'V', product: 'P' }, {}, deriveAffectedRange({ releases: [], fixedIn: null })).ranges).toEqual([{ status: 'affected' }]);
  });

  it('lays the case fields over the draft, keeping what the team added by hand', () => {
    const input = caseDraftInputSchema.parse({ caseId: 'C-1', title: ' Title ', description: 'What happens.', affected: [{ vendor: 'V', product: 'P', fixedIn: '2.0' }], cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', cwe: ['cwe-400'], references: [{ url: 'https://example.org/a' }] });
    const affected = [affectedEntry({ vendor: 'V', product: 'P' }, {}, deriveAffectedRange({ releases: [], fixedIn: '2.0' }))];
    const draft = mergeCaseDraft({ description: 'old', timeline: [{ time: '2026-01-01T00:00:00Z', value: 'reported' }], credits: [{ name: 'kept' }] }, input, affected);
    expect(draft).toMatchObject({ title: 'Title', description: 'What happens.', timeline: [{ value: 'reported' }], credits: [{ name: 'kept' }], metrics: [{ vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }], problemTypes: [{ cweId: 'CWE-400' }] });
    expect(() => parseDraft(draft as CveDraft)).not.toThrow();
    expect(caseDraftInputSchema.safeParse({ caseId: 'C-1', title: 't', description: 'd', affected: [{ fixedIn: null }] }).success).toBe(false);
    expect(caseDraftInputSchema.safeParse({ caseId: 'C-1', cveId: 'CVE-1-1', title: 't', description: 'd', affected: [{ projectSlug: 'p', fixedIn: null }] }).success).toBe(false);
  });
});
