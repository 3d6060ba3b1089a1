import { useState } from 'react';
import type { ReactNode } from 'react';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import { AffectedHelper } from './affected-helper.tsx';
import { CvssCalculator } from './cvss-calculator.tsx';
import {
  CREDIT_TYPES,
  emptyAffected,
  emptyCredit,
  emptyLocalized,
  emptyMetric,
  emptyProblemType,
  emptyRange,
  emptyReference,
  emptyVersion,
  REFERENCE_TAGS,
  VERSION_STATUSES,
} from './draft-form.ts';
import type { AffectedForm, DraftForm, LocalizedForm, VersionStatus } from './draft-form.ts';
import { hasIssuesWithin, messagesAt } from './issues.ts';
import type { Issue } from './issues.ts';

interface EditorProps {
  form: DraftForm;
  onChange: (form: DraftForm) => void;
  issues: readonly Issue[];
}

const replaceAt = <T,>(items: readonly T[], index: number, item: T): T[] => items.map((current, at) => (at === index ? item : current));
const removeAt = <T,>(items: readonly T[], index: number): T[] => items.filter((_, at) => at !== index);

/** The structured CVE draft: what a person fills in instead of writing JSON. Problems show at their fields. */
export function DraftEditor({ form, onChange, issues }: EditorProps) {
  const set = <K extends keyof DraftForm>(key: K, value: DraftForm[K]) => onChange({ ...form, [key]: value });
  const at = (path: string) => messagesAt(issues, path);
  return (
    <fieldset className="draft-editor">
      <legend className="visually-hidden">The record&apos;s fields</legend>
      <Section title="Descriptions" open>
        <TextField label="Title" hint="Short; shown in lists (CVE: containers.cna.title)." name="title" error={at('title')} value={form.title} onChange={(event) => set('title', event.currentTarget.value)} />
        <TextAreaField label="English description" hint="Required by the CVE Program: what is vulnerable, how, and with what impact." name="description" rows={5} error={at('description')} value={form.description} onChange={(event) => set('description', event.currentTarget.value)} />
        <LocalizedList legend="Descriptions in other languages" itemLabel="Description" items={form.otherDescriptions} path="otherDescriptions" issues={issues} onChange={(items) => set('otherDescriptions', items)} withLanguage />
      </Section>

      <Section title="Affected products" open error={at('affected')}>
        {form.affected.map((product, index) => (
          <ProductEditor key={index} index={index} product={product} issues={issues} onChange={(next) => set('affected', replaceAt(form.affected, index, next))} onRemove={() => set('affected', removeAt(form.affected, index))} />
        ))}
        <button type="button" className="button small" onClick={() => set('affected', [...form.affected, emptyAffected()])}>
          Add a product
        </button>
      </Section>

      <Section title="Problem types (CWE)" open={hasIssuesWithin(issues, 'problemTypes') || form.problemTypes.length > 0}>
        {form.problemTypes.map((problem, index) => (
          <div className="form-row row-item" key={index} role="group" aria-label={`Problem type ${index + 1}`}>
            <SelectField label="Kind" value={problem.kind} onChange={(event) => set('problemTypes', replaceAt(form.problemTypes, index, { ...problem, kind: event.currentTarget.value as 'cwe' | 'text' }))}>
              <option value="cwe">CWE</option>
              <option value="text">Free text</option>
            </SelectField>
            {problem.kind === 'cwe' ? (
              <>
                <TextField key="cwe" label="CWE ID" hint="e.g. CWE-290" error={at(`problemTypes[${index}].cweId`) ?? at(`problemTypes[${index}]`)} value={problem.cweId} onChange={(event) => set('problemTypes', replaceAt(form.problemTypes, index, { ...problem, cweId: event.currentTarget.value }))} />
                <TextField key="cwe-name" label="CWE name" hint="Only for a CWE xmppsec does not know." error={at(`problemTypes[${index}].name`)} value={problem.name} onChange={(event) => set('problemTypes', replaceAt(form.problemTypes, index, { ...problem, name: event.currentTarget.value }))} />
              </>
            ) : (
              <TextField key="text" label="Problem" error={at(`problemTypes[${index}].text`) ?? at(`problemTypes[${index}]`)} value={problem.text} onChange={(event) => set('problemTypes', replaceAt(form.problemTypes, index, { ...problem, text: event.currentTarget.value }))} />
            )}
            <RemoveButton label={`Remove problem type ${index + 1}`} onClick={() => set('problemTypes', removeAt(form.problemTypes, index))} />
          </div>
        ))}
        <button type="button" className="button small" onClick={() => set('problemTypes', [...form.problemTypes, emptyProblemType()])}>
          Add a problem type
        </button>
      </Section>

      <Section title="Severity (CVSS)" open={hasIssuesWithin(issues, 'metrics') || form.metrics.length > 0}>
        <MetricsEditor form={form} issues={issues} onChange={(metrics) => set('metrics', metrics)} />
      </Section>

      <Section title="Credits" open={hasIssuesWithin(issues, 'credits') || form.credits.length > 0}>
        {form.credits.map((credit, index) => (
          <div className="form-row row-item" key={index} role="group" aria-label={`Credit ${index + 1}`}>
            <TextField label="Name" error={at(`credits[${index}].name`)} value={credit.name} onChange={(event) => set('credits', replaceAt(form.credits, index, { ...credit, name: event.currentTarget.value }))} />
            <SelectField label="Credit type" value={credit.type} onChange={(event) => set('credits', replaceAt(form.credits, index, { ...credit, type: event.currentTarget.value }))}>
              <option value="">finder (default)</option>
              {CREDIT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </SelectField>
            <TextField label="Language" hint="Default: en" error={at(`credits[${index}].lang`)} value={credit.lang} onChange={(event) => set('credits', replaceAt(form.credits, index, { ...credit, lang: event.currentTarget.value }))} />
            <RemoveButton label={`Remove credit ${index + 1}`} onClick={() => set('credits', removeAt(form.credits, index))} />
          </div>
        ))}
        <button type="button" className="button small" onClick={() => set('credits', [...form.credits, emptyCredit()])}>
          Add a credit
        </button>
      </Section>

      <Section title="References" open error={at('references')}>
        {form.references.map((reference, index) => (
          <div className="row-item" key={index} role="group" aria-label={`Reference ${index + 1}`}>
            <div className="form-row">
              <TextField label="URL" type="url" error={at(`references[${index}].url`) ?? at(`references[${index}]`)} value={reference.url} onChange={(event) => set('references', replaceAt(form.references, index, { ...reference, url: event.currentTarget.value }))} />
              <TextField label="Name" error={at(`references[${index}].name`)} value={reference.name} onChange={(event) => set('references', replaceAt(form.references, index, { ...reference, name: event.currentTarget.value }))} />
              <RemoveButton label={`Remove reference ${index + 1}`} onClick={() => set('references', removeAt(form.references, index))} />
            </div>
            <details>
              <summary>Tags{reference.tags.length > 0 ? `: ${reference.tags.join(', ')}` : ''}</summary>
              <div className="tag-choices">
                {REFERENCE_TAGS.map((tag) => (
                  <div className="checkbox" key={tag}>
                    <input
                      type="checkbox"
                      id={`reference-${index}-${tag}`}
                      checked={reference.tags.includes(tag)}
                      onChange={(event) => set('references', replaceAt(form.references, index, { ...reference, tags: event.currentTarget.checked ? [...reference.tags, tag] : reference.tags.filter((current) => current !== tag) }))}
                    />
                    <label htmlFor={`reference-${index}-${tag}`}>{tag}</label>
                  </div>
                ))}
              </div>
            </details>
          </div>
        ))}
        <button type="button" className="button small" onClick={() => set('references', [...form.references, emptyReference()])}>
          Add a reference
        </button>
      </Section>

      <Section title="Solutions and workarounds" open={form.solutions.length + form.workarounds.length > 0}>
        <LocalizedList legend="Solutions" itemLabel="Solution" items={form.solutions} path="solutions" issues={issues} onChange={(items) => set('solutions', items)} />
        <LocalizedList legend="Workarounds" itemLabel="Workaround" items={form.workarounds} path="workarounds" issues={issues} onChange={(items) => set('workarounds', items)} />
      </Section>

      <Section title="Other fields (JSON)" open={form.other.trim() !== ''}>
        <TextAreaField
          label="Other draft fields"
          hint='Timeline, impacts (CAPEC), datePublic, source, tags… as a JSON object, e.g. {"datePublic": "2026-01-31T12:00:00Z"}.'
          name="other"
          rows={8}
          spellCheck={false}
          value={form.other}
          onChange={(event) => set('other', event.currentTarget.value)}
        />
      </Section>
    </fieldset>
  );
}

function Section({ title, open, error, children }: { title: string; open?: boolean; error?: string | undefined; children: ReactNode }) {
  return (
    <details className="draft-section" open={open || error !== undefined}>
      <summary className="section-summary">{title}</summary>
      {error ? <p className="field-error">{error}</p> : null}
      {children}
    </details>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="row-actions">
      <button type="button" className="button small" aria-label={label} onClick={onClick}>
        Remove
      </button>
    </div>
  );
}

function LocalizedList({ legend, itemLabel, items, path, issues, onChange, withLanguage = false }: { legend: string; itemLabel: string; items: LocalizedForm[]; path: string; issues: readonly Issue[]; onChange: (items: LocalizedForm[]) => void; withLanguage?: boolean }) {
  return (
    <fieldset className="rows-editor">
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <div className="form-row row-item" key={index} role="group" aria-label={`${itemLabel} ${index + 1}`}>
          {withLanguage || !item.bare ? (
            <TextField label="Language" hint="e.g. de, pt-BR" error={messagesAt(issues, `${path}[${index}].lang`)} value={item.lang} onChange={(event) => onChange(replaceAt(items, index, { ...item, lang: event.currentTarget.value, bare: false }))} />
          ) : null}
          <TextAreaField label={itemLabel} rows={3} error={messagesAt(issues, `${path}[${index}].value`) ?? messagesAt(issues, `${path}[${index}]`)} value={item.value} onChange={(event) => onChange(replaceAt(items, index, { ...item, value: event.currentTarget.value }))} />
          <RemoveButton label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`} onClick={() => onChange(removeAt(items, index))} />
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...items, withLanguage ? { ...emptyLocalized(), lang: '', bare: false } : emptyLocalized()])}>
        Add {itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}

function ProductEditor({ index, product, issues, onChange, onRemove }: { index: number; product: AffectedForm; issues: readonly Issue[]; onChange: (product: AffectedForm) => void; onRemove: () => void }) {
  const base = `affected[${index}]`;
  const at = (field: string) => messagesAt(issues, `${base}.${field}`);
  const set = <K extends keyof AffectedForm>(key: K, value: AffectedForm[K]) => onChange({ ...product, [key]: value });
  const [helper, setHelper] = useState(false);
  const name = [product.vendor, product.product].filter(Boolean).join(' ') || product.packageName || `product ${index + 1}`;
  return (
    <fieldset className="product-editor">
      <legend>Affected product {index + 1}: {name}</legend>
      {messagesAt(issues, base) ? <p className="field-error">{messagesAt(issues, base)}</p> : null}
      <p className="hint">Name it by vendor and product, or by package collection and package name.</p>
      <div className="form-row">
        <TextField label="Vendor" error={at('vendor')} value={product.vendor} onChange={(event) => set('vendor', event.currentTarget.value)} />
        <TextField label="Product" error={at('product')} value={product.product} onChange={(event) => set('product', event.currentTarget.value)} />
        <TextField label="Package collection URL" error={at('collectionURL')} value={product.collectionURL} onChange={(event) => set('collectionURL', event.currentTarget.value)} />
        <TextField label="Package name" error={at('packageName')} value={product.packageName} onChange={(event) => set('packageName', event.currentTarget.value)} />
        <TextField label="Package URL (purl)" error={at('packageURL')} value={product.packageURL} onChange={(event) => set('packageURL', event.currentTarget.value)} />
        <TextField label="Repository" error={at('repo')} value={product.repo} onChange={(event) => set('repo', event.currentTarget.value)} />
        <SelectField label="Versions not listed are" value={product.defaultStatus} onChange={(event) => set('defaultStatus', event.currentTarget.value as VersionStatus | '')}>
          <option value="">(not said)</option>
          {VERSION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </SelectField>
        <TextField label="Version scheme" hint="semver, git, custom… (default: custom)" error={at('versionType')} value={product.versionType} onChange={(event) => set('versionType', event.currentTarget.value)} />
      </div>
      <fieldset className="rows-editor">
        <legend>Version ranges</legend>
        {product.ranges.map((range, rangeIndex) => (
          <div className="form-row row-item" key={rangeIndex} role="group" aria-label={`Range ${rangeIndex + 1} of product ${index + 1}`}>
            <TextField label="Introduced in" hint="Empty: from the first version." error={at(`ranges[${rangeIndex}].introduced`)} value={range.introduced} onChange={(event) => set('ranges', replaceAt(product.ranges, rangeIndex, { ...range, introduced: event.currentTarget.value }))} />
            <TextField label="Fixed in" error={at(`ranges[${rangeIndex}].fixed`)} value={range.fixed} onChange={(event) => set('ranges', replaceAt(product.ranges, rangeIndex, { ...range, fixed: event.currentTarget.value }))} />
            <TextField label="Last affected" hint="Only when there is no fix." error={at(`ranges[${rangeIndex}].lastAffected`)} value={range.lastAffected} onChange={(event) => set('ranges', replaceAt(product.ranges, rangeIndex, { ...range, lastAffected: event.currentTarget.value }))} />
            <RemoveButton label={`Remove range ${rangeIndex + 1} of product ${index + 1}`} onClick={() => set('ranges', removeAt(product.ranges, rangeIndex))} />
          </div>
        ))}
        <button type="button" className="button small" onClick={() => set('ranges', [...product.ranges, emptyRange()])}>
          Add a range
        </button>
      </fieldset>
      <fieldset className="rows-editor">
        <legend>Single versions</legend>
        {product.versions.map((version, versionIndex) => (
          <div className="form-row row-item" key={versionIndex} role="group" aria-label={`Version ${versionIndex + 1} of product ${index + 1}`}>
            <TextField label="Version" error={at(`versions[${versionIndex}].version`)} value={version.version} onChange={(event) => set('versions', replaceAt(product.versions, versionIndex, { ...version, version: event.currentTarget.value }))} />
            <SelectField label="Status" value={version.status} onChange={(event) => set('versions', replaceAt(product.versions, versionIndex, { ...version, status: event.currentTarget.value as VersionStatus | '' }))}>
              <option value="">affected (default)</option>
              {VERSION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </SelectField>
            <RemoveButton label={`Remove version ${versionIndex + 1} of product ${index + 1}`} onClick={() => set('versions', removeAt(product.versions, versionIndex))} />
          </div>
        ))}
        <button type="button" className="button small" onClick={() => set('versions', [...product.versions, emptyVersion()])}>
          Add a version
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button small" aria-expanded={helper} onClick={() => setHelper(!helper)}>
          {helper ? 'Hide the directory helper' : 'Fill in from the directory\u2019s releases'}
        </button>
        <button type="button" className="button small" onClick={onRemove}>
          Remove this product
        </button>
      </div>
      {helper ? (
        <AffectedHelper
          product={product}
          onApply={(next) => {
            onChange(next);
            setHelper(false);
          }}
        />
      ) : null}
    </fieldset>
  );
}

function MetricsEditor({ form, issues, onChange }: { form: DraftForm; issues: readonly Issue[]; onChange: (metrics: DraftForm['metrics']) => void }) {
  const [calculatorFor, setCalculatorFor] = useState<number>();
  return (
    <>
      {form.metrics.map((metric, index) => (
        <div className="row-item" key={index} role="group" aria-label={`CVSS score ${index + 1}`}>
          <div className="form-row">
            <TextField label="CVSS vector" spellCheck={false} error={messagesAt(issues, `metrics[${index}].vector`) ?? messagesAt(issues, `metrics[${index}]`)} value={metric.vector} onChange={(event) => onChange(replaceAt(form.metrics, index, { ...metric, vector: event.currentTarget.value }))} />
            <TextField label="Scenario" hint="When this score applies, if not in general." value={metric.scenario} onChange={(event) => onChange(replaceAt(form.metrics, index, { ...metric, scenario: event.currentTarget.value }))} />
            <div className="row-actions">
              <button type="button" className="button small" aria-expanded={calculatorFor === index} onClick={() => setCalculatorFor(calculatorFor === index ? undefined : index)}>
                Calculator
              </button>
              <button type="button" className="button small" aria-label={`Remove CVSS score ${index + 1}`} onClick={() => onChange(removeAt(form.metrics, index))}>
                Remove
              </button>
            </div>
          </div>
          {calculatorFor === index ? (
            <CvssCalculator
              initial={metric.vector}
              onUse={(vector) => {
                onChange(replaceAt(form.metrics, index, { ...metric, vector }));
                setCalculatorFor(undefined);
              }}
            />
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => {
          onChange([...form.metrics, emptyMetric()]);
          setCalculatorFor(form.metrics.length);
        }}
      >
        Add a CVSS score
      </button>
    </>
  );
}
