import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/src/authz/actor.ts';
import { parseCvss } from '../../server/src/features/cve/cvss.ts';
import { checkDraft } from '../../server/src/features/cve/draft-check.ts';
import { sampleDraft, TEST_CNA } from '../../server/src/features/cve/test-fixtures.ts';
import { deriveAffectedRange } from '../../server/src/features/directory/affected-range.ts';
import { applyRange } from '../src/pages/console/cve/affected-helper.tsx';
import { buildVector, CVSS_METRICS, CVSS_VERSIONS, defaultChoices, readVector } from '../src/pages/console/cve/cvss-metrics.ts';
import type { CvssChoices } from '../src/pages/console/cve/cvss-metrics.ts';
import { draftFromForm, emptyAffected, formFromDraft } from '../src/pages/console/cve/draft-form.ts';
import type { DraftResult } from '../src/pages/console/cve/draft-form.ts';
import { draftPath, hasIssuesWithin, messagesAt } from '../src/pages/console/cve/issues.ts';
import { browserUnavailable, checkWatchedPage, launchBrowser, openWatchedPage, saveScreenshot } from './support/browser.ts';
import type { WatchedPage } from './support/browser.ts';
import { createConsoleUser, signInBrowser } from './support/console-users.ts';
import { seededRandom } from './support/seeded-random.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

const draftOf = (result: DraftResult) => {
  if (!result.ok) throw new Error(result.error);
  return result.draft;
};
const META = { cveId: 'CVE-2026-1000', now: new Date('2026-06-01T12:00:00Z') };

describe('CVE draft form model', () => {
  it('turns a real draft into form state and back without losing or changing anything', () => {
    const draft = sampleDraft();
    expect(draftOf(draftFromForm(formFromDraft(draft)))).toEqual(draft);
    expect(checkDraft(draftOf(draftFromForm(formFromDraft(draft))), TEST_CNA, META)).toMatchObject({ valid: true, errors: [] });
  });

  it('keeps fields the form does not model, per item and as "other fields"', () => {
    const draft = { ...sampleDraft(), exploits: ['A public exploit exists.'], x_custom: { a: 1 } };
    draft.affected[0] = { ...draft.affected[0]!, cpes: ['cpe:2.3:a:prosody:prosody:*:*:*:*:*:*:*:*'], platforms: ['Linux'] };
    const form = formFromDraft(draft);
    expect(JSON.parse(form.other)).toMatchObject({ exploits: ['A public exploit exists.'], x_custom: { a: 1 }, datePublic: '2022-01-13T12:00:00Z' });
    expect(draftOf(draftFromForm(form))).toEqual(draft);
  });

  it('leaves empty optional fields out, but sends an empty English description so the check names it', () => {
    const form = formFromDraft(sampleDraft());
    form.description = '';
    form.title = '';
    form.affected[0]!.repo = '';
    const draft = draftOf(draftFromForm(form));
    expect(draft).not.toHaveProperty('title');
    expect(draft.affected).toEqual(expect.arrayContaining([expect.not.objectContaining({ repo: expect.anything() })]));
    const check = checkDraft(draft, TEST_CNA, META);
    expect(check.valid).toBe(false);
    expect(messagesAt(check.errors, 'description')).toBe('must not be empty');
  });

  it('explains unreadable "other fields" instead of sending them', () => {
    const form = formFromDraft(sampleDraft());
    expect(draftFromForm({ ...form, other: '{"datePublic": ' })).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(draftFromForm({ ...form, other: '[1, 2]' })).toMatchObject({ ok: false, error: expect.stringContaining('JSON object') });
    expect(draftFromForm({ ...form, other: '{"description": "x"}' })).toMatchObject({ ok: false, error: expect.stringContaining('"description" has its own part') });
  });

  it('round-trips generated drafts, whatever text they hold', () => {
    const random = seededRandom(5);
    const text = () => random.text(12) || 'x';
    for (let round = 0; round < 300; round++) {
      const draft: Record<string, unknown> = {
        description: text(),
        affected: Array.from({ length: random.int(0, 3) }, () => ({
          vendor: text(),
          product: text(),
          ...(random.next() < 0.5 ? { defaultStatus: random.pick(['affected', 'unaffected', 'unknown'] as const) } : {}),
          ranges: Array.from({ length: random.int(1, 2) }, () => ({ introduced: text(), ...(random.next() < 0.5 ? { fixed: text() } : { lastAffected: text() }) })),
        })),
        references: Array.from({ length: random.int(1, 3) }, () => ({ url: `https://example.org/${encodeURIComponent(text())}`, ...(random.next() < 0.5 ? { tags: ['patch'] } : {}) })),
        ...(random.next() < 0.5 ? { problemTypes: [random.next() < 0.5 ? { cweId: 'CWE-79' } : { text: text() }] } : {}),
        ...(random.next() < 0.5 ? { credits: [{ name: text(), type: 'finder' }] } : {}),
        ...(random.next() < 0.5 ? { workarounds: [text(), { lang: 'de', value: text() }] } : {}),
        ...(random.next() < 0.5 ? { timeline: [{ time: '2026-01-01T00:00:00Z', value: text() }] } : {}),
      };
      expect(draftOf(draftFromForm(formFromDraft(draft)))).toEqual(draft);
    }
  });

  it('survives drafts that are not drafts at all', () => {
    for (const junk of [null, 42, 'text', [], { affected: 'no' }, { affected: [null, 3] }, { metrics: [{ vector: 7 }] }, { references: [{}] }]) {
      const result = draftFromForm(formFromDraft(junk));
      expect(result.ok).toBe(true);
    }
  });
});

describe('validation issues next to their fields', () => {
  it('maps the built record\u2019s paths onto the draft\u2019s fields', () => {
    expect(draftPath('containers.cna.descriptions[0].value')).toBe('description');
    expect(draftPath('containers.cna.descriptions[2].lang')).toBe('otherDescriptions[1].lang');
    expect(draftPath('containers.cna.affected[1].vendor')).toBe('affected[1].vendor');
    expect(draftPath('affected[0].ranges[1].fixed')).toBe('affected[0].ranges[1].fixed');
    const issues = [
      { path: 'affected[0]', message: 'needs vendor and product, or collectionURL and packageName', code: 'DRAFT' as const },
      { path: 'affected[0].ranges[0].fixed', message: 'must not be empty', code: 'DRAFT' as const },
    ];
    expect(messagesAt(issues, 'affected[0]')).toBe('needs vendor and product, or collectionURL and packageName');
    expect(messagesAt(issues, 'affected[1]')).toBeUndefined();
    expect(hasIssuesWithin(issues, 'affected')).toBe(true);
    expect(hasIssuesWithin(issues, 'affectedX')).toBe(false);
    expect(hasIssuesWithin(issues, 'references')).toBe(false);
  });

  it('puts every problem the server finds in a broken draft on a field the form shows', () => {
    const form = formFromDraft(sampleDraft());
    form.affected[0] = { ...form.affected[0]!, vendor: '', product: '' };
    form.references[0] = { ...form.references[0]!, url: 'not a url' };
    form.metrics[0] = { ...form.metrics[0]!, vector: 'CVSS:3.1/AV:X' };
    const check = checkDraft(draftOf(draftFromForm(form)), TEST_CNA, META);
    const paths = check.errors.map((issue) => draftPath(issue.path)).sort();
    expect(paths).toEqual(['affected[0]', 'metrics[0].vector', 'references[0].url']);
  });
});

describe('CVSS calculator vectors', () => {
  const allChoices = (version: (typeof CVSS_VERSIONS)[number], random: ReturnType<typeof seededRandom>): CvssChoices => ({ version, values: Object.fromEntries(CVSS_METRICS[version].map((metric) => [metric.key, random.pick(metric.values).value])), extra: [] });

  it('builds vectors the CVSS library accepts and scores, and reads them back', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 400; round++) {
      const choices = allChoices(random.pick(CVSS_VERSIONS), random);
      const vector = buildVector(choices)!;
      const parsed = parseCvss(vector);
      expect(parsed.vectorString).toBe(vector);
      expect(parsed.version).toBe(choices.version);
      expect(parsed.baseScore).toBeGreaterThanOrEqual(0);
      expect(readVector(vector)).toEqual(choices);
    }
  });

  it('scores the defaults as the specification does', () => {
    expect(parseCvss(buildVector(defaultChoices('3.1'))!).baseScore).toBe(9.8);
    expect(buildVector(defaultChoices('4.0'))).toBe('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H');
  });

  it('keeps metrics beyond the base ones, and refuses incomplete or malformed vectors', () => {
    const withThreat = readVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A');
    expect(withThreat?.extra).toEqual(['E:A']);
    expect(buildVector(withThreat!)).toBe('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A');
    for (const bad of ['', 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/AV:N/AC:L', 'CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1//AV:N']) {
      expect(readVector(bad), bad).toBeUndefined();
    }
    expect(buildVector({ version: '3.1', values: { AV: 'N' }, extra: [] })).toBeUndefined();
  });
});

describe('affected versions from the directory', () => {
  it('turns the derived range into a product that builds a valid record with the same versions', () => {
    const releases = ['0.12.0', '0.13.0', '0.13.1', '0.14.0', '0.15.0'].map((revision) => ({ revision }));
    const range = deriveAffectedRange({ releases, fixedIn: '0.14.0', introducedIn: '0.13.0' });
    const product = { slug: 'kaidan', name: 'Kaidan', vendor: 'KDE', product: 'Kaidan', collectionURL: null, packageName: null, repo: 'https://invent.kde.org/network/kaidan', homepage: null, platforms: [] };
    const affected = applyRange(emptyAffected(), product, range);
    const form = formFromDraft(sampleDraft());
    const draft = draftOf(draftFromForm({ ...form, affected: [affected] }));
    const check = checkDraft(draft, TEST_CNA, META);
    expect(check.errors).toEqual([]);
    expect(check.record?.containers.cna.affected).toEqual([
      { vendor: 'KDE', product: 'Kaidan', repo: 'https://invent.kde.org/network/kaidan', defaultStatus: 'unaffected', versions: range.cveVersions },
    ]);
  });
});

const skip = browserUnavailable();

/**
 * The CVE record editor in a real browser: reserve an ID, fill the record with the directory's
 * help and the CVSS calculator, see the live schema check, publish; then break the English
 * description (the check names the field), fix it, review the field-level diff and publish the
 * update; reject and restore.
 */
describe.skipIf(skip !== undefined)('CVE record editor in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let team: WatchedPage;
  let cveId = '';

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist, seed: true });
    await server.services.cve.updateSettings(cliActor, { shortName: 'XSF', orgId: '1f8d6c2e-5b4a-4c3d-9e2f-0a1b2c3d4e5f' });
    browser = await launchBrowser();
    team = await openWatchedPage(browser, server.url);
    await signInBrowser(team.context, server, await createConsoleUser(server, 'team', 'carol@xsf.example', 'Carol'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const checkPage = (name: string) => checkWatchedPage(team, name);

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
  const status = (page: Page) => page.getByTestId('validation-status');

  it('reserves an ID and writes a valid record with the directory helper and the CVSS calculator', async () => {
    const { page } = team;
    await page.goto('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'CVE records' }).click();
    await poll(() => heading(page).textContent()).toBe('CVE records');
    await page.getByRole('heading', { name: /^Records \(\d+\)$/ }).waitFor();
    await checkPage('console-cve-list');

    await page.getByLabel('How many').fill('1');
    await page.getByRole('button', { name: 'Reserve' }).click();
    const reserved = page.getByRole('status').filter({ hasText: 'Reserved:' }).getByRole('link');
    await reserved.waitFor();
    cveId = (await reserved.textContent())!;
    expect(cveId).toMatch(/^CVE-\d{4}-\d{4,}$/);
    await reserved.click();
    await poll(() => heading(page).textContent()).toBe(cveId);

    await page.getByLabel('Title').fill('Kaidan: forged message carbons accepted');
    await page.getByLabel('English description').fill('Kaidan before 0.14.0 shows a carbon copy forwarded by another account as a message the user sent.');
    await page.getByRole('button', { name: 'Add a product' }).click();
    const product = page.getByRole('group', { name: /^Affected product 1/ });
    await product.getByRole('button', { name: 'Fill in from the directory\u2019s releases' }).click();
    await product.getByLabel('Directory project (slug)').fill('kaidan');
    await product.getByRole('button', { name: 'Look up its releases' }).click();
    await product.getByLabel('First fixed release').selectOption('0.14.0');
    const range = product.getByTestId('affected-range');
    await poll(() => range.textContent()).toContain('Fixed in 0.14.0, affected from the first release.');
    const affected = /^Affected \(\d+\): (.*)$/.exec((await range.getByTestId('affected-releases').textContent())!)?.[1]?.split(', ');
    expect(affected).toContain('0.13.0');
    expect(affected).not.toContain('0.14.0');
    expect(affected).not.toContain('0.16.0');
    await product.getByRole('button', { name: 'Use for this product' }).click();
    await poll(() => product.getByLabel('Product', { exact: true }).inputValue()).toBe('Kaidan');
    expect(await product.getByRole('group', { name: 'Range 1 of product 1' }).getByLabel('Fixed in').inputValue()).toBe('0.14.0');

    await page.getByText('Severity (CVSS)').click();
    await page.getByRole('button', { name: 'Add a CVSS score' }).click();
    const calculator = page.getByRole('region', { name: 'CVSS calculator' });
    await calculator.getByRole('group', { name: 'User interaction' }).getByLabel('Required').check();
    await calculator.getByRole('group', { name: 'Confidentiality' }).getByLabel('Low').check();
    await calculator.getByRole('group', { name: 'Availability' }).getByLabel('None').check();
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:H/A:N';
    await poll(() => calculator.getByTestId('cvss-vector').textContent()).toBe(vector);
    const expected = parseCvss(vector);
    await poll(() => calculator.getByTestId('cvss-score').textContent()).toContain(`Base score ${expected.baseScore.toFixed(1)}`);
    expect((await calculator.getByTestId('cvss-score').textContent())!.toLowerCase()).toContain(expected.baseSeverity.toLowerCase());
    await saveScreenshot(page, 'console-cve-calculator');
    await calculator.getByRole('button', { name: 'Use this vector' }).click();
    expect(await page.getByRole('group', { name: 'CVSS score 1' }).getByLabel('CVSS vector').inputValue()).toBe(vector);

    await page.getByRole('button', { name: 'Add a reference' }).click();
    await page.getByRole('group', { name: 'Reference 1' }).getByLabel('URL').fill('https://invent.kde.org/network/kaidan/-/releases/v0.14.0');
    await poll(() => status(page).textContent()).toMatch(/^Valid/);
    await checkPage('console-cve-record');

    await page.getByLabel('Why this change').fill('First draft.');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await poll(() => page.getByRole('button', { name: 'Review before publishing' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Review before publishing' }).click();
    const preview = page.getByTestId('record-preview');
    await preview.waitFor();
    const record = JSON.parse((await preview.textContent())!) as { cveMetadata: { cveId: string }; containers: { cna: { affected: { product: string }[] } } };
    expect(record.cveMetadata.cveId).toBe(cveId);
    expect(record.containers.cna.affected[0]?.product).toBe('Kaidan');
    await page.getByRole('button', { name: 'Publish the record' }).click();
    await poll(() => page.locator('.facts').textContent()).toContain('published');
    expect((await server.services.cve.get(cliActor, cveId)).state).toBe('PUBLISHED');
  });

  it('names the field when the English description is removed, and shows the diff before publishing the update', async () => {
    const { page } = team;
    // The editor shows the draft as saved with the publication, checked.
    await poll(() => status(page).textContent()).toMatch(/^Valid/);
    const description = page.getByLabel('English description');
    await description.fill('');
    await poll(() => status(page).textContent()).toBe('1 problem keeps it from being published.');
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    const described = await description.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described!.split(' ').find((id) => id.endsWith('-error'))}"]`).textContent()).toBe('must not be empty');
    expect(await page.getByTestId('validation-errors').textContent()).toBe('description: must not be empty');
    expect(await page.getByRole('button', { name: 'Save the draft' }).isEnabled()).toBe(true);
    await saveScreenshot(page, 'console-cve-invalid');
    expect(await page.getByRole('button', { name: 'Review before publishing' }).count()).toBe(0);

    await description.fill('Kaidan before 0.14.0 displays a message carbon forwarded by another account as a message the user sent, so any contact can impersonate the user.');
    await poll(() => status(page).textContent()).toMatch(/^Valid/);
    await page.getByLabel('Why this change').fill('Clearer impact.');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('button', { name: 'Review before publishing' }).click();
    const diff = page.getByRole('region', { name: /^Changes from published/ });
    await poll(() => diff.locator('tbody tr').count()).toBeGreaterThan(0);
    const row = diff.getByRole('row', { name: /containers\.cna\.descriptions\[0\]\.value/ });
    expect(await row.textContent()).toContain('changed');
    expect(await row.locator('.diff-old').textContent()).toBe('Kaidan before 0.14.0 shows a carbon copy forwarded by another account as a message the user sent.');
    expect(await row.locator('.diff-new').textContent()).toContain('any contact can impersonate the user');
    await checkPage('console-cve-diff');
    await page.getByRole('button', { name: 'Publish the update' }).click();
    await page.getByText(`${cveId} updated.`).waitFor();
    const published = await server.services.cve.get(cliActor, cveId);
    expect(JSON.stringify(published.record)).toContain('any contact can impersonate the user');

    // Every revision is kept; any one can be compared with the one before: the second draft
    // (revision 3) against the first publication (revision 2) shows the new description.
    const revisions = page.getByRole('region', { name: 'Revisions' }).first();
    await poll(() => revisions.locator('tbody tr').count()).toBe(4);
    await revisions.getByRole('button', { name: 'Compare with 2' }).click();
    const between = page.getByRole('region', { name: 'Changes from revision 2 to revision 3' });
    await poll(() => between.getByRole('row', { name: /containers\.cna\.descriptions\[0\]\.value/ }).count()).toBe(1);
  });

  it('rejects the record with a reason and restores it', async () => {
    const { page } = team;
    await page.getByText('Reject the published record').click();
    await page.getByLabel('Reasons (English, one per line)').fill('This is a duplicate of an earlier record.');
    await page.getByRole('button', { name: `Reject ${cveId}` }).click();
    await poll(() => page.locator('.facts').textContent()).toContain('rejected');
    // A rejected record is not edited: its released form is shown, and it can be restored.
    expect(await page.getByLabel('English description').count()).toBe(0);
    expect(await page.locator('.record-json').textContent()).toContain('This is a duplicate of an earlier record.');
    await checkPage('console-cve-rejected');

    await page.getByLabel('Why it is restored').fill('Rejected by mistake: it is not a duplicate.');
    await page.getByRole('button', { name: `Restore ${cveId}` }).click();
    await poll(() => page.locator('.facts').textContent()).toContain('published');
    expect((await server.services.cve.get(cliActor, cveId)).state).toBe('PUBLISHED');
    expect(team.problems()).toEqual([]);
  });
});
