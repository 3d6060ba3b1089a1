import { useId, useState } from 'react';
import { api } from '../../../api/client.ts';
import { TextField } from '../../../components/fields.tsx';
import { ErrorMessage } from '../../../components/feedback.tsx';
import { useResource } from '../../../components/resource.ts';
import { Badge } from '../../../components/ui.tsx';
import { useDebounced } from '../shared/debounce.ts';
import { RadioGroup } from '../shared/fields.tsx';
import { buildVector, CVSS_METRICS, CVSS_VERSIONS, defaultChoices, readVector } from './cvss-metrics.ts';
import type { CvssChoices, CvssVersion } from './cvss-metrics.ts';

const SEVERITY_TONE: Record<string, 'muted' | 'info' | 'warn' | 'bad'> = { NONE: 'muted', LOW: 'info', MEDIUM: 'warn', HIGH: 'bad', CRITICAL: 'bad' };

/** Builds a CVSS vector from metric choices; the server scores it as it changes. */
export function CvssCalculator({ initial, onUse }: { initial: string; onUse: (vector: string) => void }) {
  const [choices, setChoices] = useState<CvssChoices>(() => readVector(initial) ?? defaultChoices('3.1'));
  const [pasted, setPasted] = useState('');
  const vector = buildVector(choices);
  const settled = useDebounced(vector, 250);
  const score = useResource((signal) => (settled ? api.post('/api/v1/cvss/parse', { body: { vector: settled }, signal }) : Promise.resolve(undefined)), settled ?? '');
  const pastedChoices = pasted.trim() ? readVector(pasted) : undefined;
  const headingId = useId();

  const setVersion = (version: CvssVersion) => setChoices(version === choices.version ? choices : defaultChoices(version));
  const setMetric = (key: string, value: string) => setChoices((current) => ({ ...current, values: { ...current.values, [key]: value } }));

  return (
    <section className="cvss-calculator panel" aria-labelledby={headingId}>
      <h4 id={headingId}>CVSS calculator</h4>
      <RadioGroup legend="CVSS version" name="cvss-version" value={choices.version} onChange={setVersion} options={CVSS_VERSIONS.map((version) => ({ value: version, label: `CVSS ${version}` }))} />
      <div className="cvss-metrics">
        {CVSS_METRICS[choices.version].map((metric) => (
          <RadioGroup key={`${choices.version}-${metric.key}`} legend={metric.name} name={`cvss-${metric.key}`} value={choices.values[metric.key] ?? ''} onChange={(value) => setMetric(metric.key, value)} options={metric.values} />
        ))}
      </div>
      <p>
        Vector: <code data-testid="cvss-vector">{vector ?? 'choose every metric'}</code>
      </p>
      <p aria-live="polite" data-testid="cvss-score">
        {score.data ? (
          <>
            Base score <strong>{score.data.baseScore.toFixed(1)}</strong> <Badge tone={SEVERITY_TONE[score.data.baseSeverity.toUpperCase()] ?? 'muted'}>{score.data.baseSeverity.toLowerCase()}</Badge>
            {score.data.nomenclature ? <span className="muted"> ({score.data.nomenclature})</span> : null}
          </>
        ) : null}
      </p>
      <ErrorMessage error={score.error} />
      <div className="form-actions">
        <button type="button" className="button small primary" disabled={!vector} onClick={() => vector && onUse(vector)}>
          Use this vector
        </button>
      </div>
      <div className="form-row">
        <TextField
          label="Or start from a vector"
          name="cvss-paste"
          spellCheck={false}
          value={pasted}
          error={pasted.trim() && !pastedChoices ? 'Not a complete CVSS 3.1 or 4.0 vector.' : undefined}
          onChange={(event) => setPasted(event.currentTarget.value)}
        />
        <div className="row-actions">
          <button
            type="button"
            className="button small"
            disabled={!pastedChoices}
            onClick={() => {
              if (pastedChoices) setChoices(pastedChoices);
              setPasted('');
            }}
          >
            Load it
          </button>
        </div>
      </div>
    </section>
  );
}
