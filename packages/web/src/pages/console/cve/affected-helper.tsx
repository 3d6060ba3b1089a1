import { useId, useState } from 'react';
import { api } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { useResource } from '../../../components/resource.ts';
import { useAction } from '../shared/action.ts';
import { emptyRange, emptyVersion } from './draft-form.ts';
import type { AffectedForm } from './draft-form.ts';

type Range = ApiResponse<'/api/v1/projects/{slug}/affected-range', 'get'>;
type Product = ApiResponse<'/api/v1/projects/{slug}/product', 'get'>;

/**
 * Names the product as the directory does and derives its affected versions from the project's
 * releases: the first fixed (and optionally first affected) release gives the range, and the
 * releases it covers are listed to be checked before they go into the record.
 */
export function AffectedHelper({ product, onApply }: { product: AffectedForm; onApply: (next: AffectedForm) => void }) {
  const [slug, setSlug] = useState('');
  const [chosen, setChosen] = useState<string>();
  const headingId = useId();
  return (
    <section className="affected-helper panel" aria-labelledby={headingId}>
      <h4 id={headingId}>From the directory</h4>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          setChosen(slug.trim() || undefined);
        }}
      >
        <TextField label="Directory project (slug)" hint="e.g. prosody-im, as in the directory's address" name="helper-slug" value={slug} onChange={(event) => setSlug(event.currentTarget.value)} />
        <div className="row-actions">
          <button type="submit" className="button small" disabled={slug.trim() === ''}>
            Look up its releases
          </button>
        </div>
      </form>
      {chosen ? <RangePicker key={chosen} slug={chosen} product={product} onApply={onApply} /> : null}
    </section>
  );
}

function RangePicker({ slug, product, onApply }: { slug: string; product: AffectedForm; onApply: (next: AffectedForm) => void }) {
  const project = useResource((signal) => api.get('/api/v1/projects/{slug}', { params: { slug }, signal }), slug);
  const [fixedIn, setFixedIn] = useState('');
  const [introducedIn, setIntroducedIn] = useState('');
  const range = useResource(
    (signal) => api.get('/api/v1/projects/{slug}/affected-range', { params: { slug }, query: { ...(fixedIn ? { fixedIn } : {}), ...(introducedIn ? { introducedIn } : {}) }, signal }),
    `${slug}|${fixedIn}|${introducedIn}`,
  );
  const naming = useAction();

  if (project.status === 'loading' && !project.data) return <Loading />;
  if (!project.data) return <ErrorMessage error={project.error} />;
  const revisions = project.data.releases.flatMap((release) => (release.revision ? [release.revision] : []));

  async function apply(current: Range) {
    const names = await naming.run(() => api.get('/api/v1/projects/{slug}/product', { params: { slug } }));
    if (names) onApply(applyRange(product, names, current));
  }

  return (
    <div className="range-picker">
      <p>
        <strong>{project.data.name}</strong>: {revisions.length} releases on record.
      </p>
      <div className="form-row">
        <SelectField label="First fixed release" name="helper-fixed" value={fixedIn} onChange={(event) => setFixedIn(event.currentTarget.value)}>
          <option value="">No fix yet</option>
          {revisions.map((revision) => (
            <option key={revision} value={revision}>
              {revision}
            </option>
          ))}
        </SelectField>
        <SelectField label="First affected release" name="helper-introduced" value={introducedIn} onChange={(event) => setIntroducedIn(event.currentTarget.value)}>
          <option value="">From the first release</option>
          {revisions.map((revision) => (
            <option key={revision} value={revision}>
              {revision}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorMessage error={range.error ?? naming.error} />
      {range.data ? (
        <div data-testid="affected-range" aria-busy={range.status === 'loading'}>
          <p>
            {range.data.fixedIn ? `Fixed in ${range.data.fixedIn}` : 'No fix yet'}, {range.data.introducedIn ? `introduced in ${range.data.introducedIn}` : 'affected from the first release'}.
          </p>
          <p data-testid="affected-releases">
            Affected ({range.data.affected.length}): {range.data.affected.length > 0 ? range.data.affected.join(', ') : 'none of the releases on record'}
          </p>
          {range.data.unaffected.length > 0 ? <p className="muted">Not affected: {range.data.unaffected.join(', ')}</p> : null}
          {range.data.unknown.length > 0 ? <p>Cannot be placed (check by hand): {range.data.unknown.map((entry) => entry.revision).join(', ')}</p> : null}
          {range.data.notes.length > 0 ? (
            <ul className="compact-list">
              {range.data.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="button small primary" disabled={naming.busy} onClick={() => range.data && apply(range.data)}>
            Use for this product
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The product named as the directory names it, with the derived range; the rest of the product stays. */
export function applyRange(current: AffectedForm, product: Pick<Product, 'vendor' | 'product' | 'collectionURL' | 'packageName' | 'repo'>, range: Pick<Range, 'cveVersions' | 'versionType'>): AffectedForm {
  const ranges = range.cveVersions.flatMap((entry) => ('lessThan' in entry && entry.lessThan !== undefined ? [{ ...emptyRange(), introduced: entry.version === '0' ? '' : entry.version, fixed: entry.lessThan === '*' ? '' : entry.lessThan, status: entry.status === 'affected' ? ('' as const) : entry.status }] : []));
  const versions = range.cveVersions.flatMap((entry) => ('lessThan' in entry && entry.lessThan !== undefined ? [] : [{ ...emptyVersion(), version: entry.version, status: entry.status }]));
  return {
    ...current,
    vendor: product.vendor,
    product: product.product,
    collectionURL: product.collectionURL ?? '',
    packageName: product.packageName ?? '',
    repo: product.repo ?? current.repo,
    versionType: range.versionType,
    defaultStatus: 'unaffected',
    ranges,
    versions,
  };
}
