import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Badge } from '../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../router/router.tsx';
import { DEFAULT_MATRIX_XEPS, MATRIX_MAX_XEPS, parseXepList } from './filters.ts';
import { SUPPORT, xepName } from './labels.ts';
import { buildMatrix } from './matrix-model.ts';
import type { MatrixCell } from './matrix-model.ts';

export function MatrixPage() {
  const { search } = useLocation();
  const chosen = parseXepList(search.get('xeps'));
  const numbers = chosen.length > 0 ? chosen : DEFAULT_MATRIX_XEPS;
  const key = numbers.join(',');
  const xeps = useResource((signal) => Promise.all(numbers.map((number) => api.get('/api/v1/xeps/{number}', { params: { number }, signal }))), key);

  return (
    <Page title="Implementation matrix" lede="Which projects on record implement which XEPs, as their DOAP files declare.">
      <MatrixForm key={key} numbers={numbers} />
      <ErrorMessage error={xeps.error} />
      {xeps.status === 'loading' ? <Loading /> : null}
      {xeps.status === 'ready' ? <Matrix xeps={xeps.data} /> : null}
    </Page>
  );
}

function MatrixForm({ numbers }: { numbers: number[] }) {
  const [text, setText] = useState(numbers.join(', '));
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseXepList(text);
    navigate(`/xeps/matrix${parsed.length > 0 ? `?xeps=${parsed.join(',')}` : ''}`);
  }
  return (
    <form className="form filters" onSubmit={submit}>
      <TextField label="XEP numbers" hint={`Up to ${MATRIX_MAX_XEPS}, separated by commas or spaces.`} name="xeps" value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <div className="form-actions">
        <button type="submit" className="button primary">
          Compare
        </button>
      </div>
    </form>
  );
}

function Matrix({ xeps }: { xeps: ApiResponse<'/api/v1/xeps/{number}', 'get'>[] }) {
  const rows = buildMatrix(xeps);
  if (rows.length === 0) return <p>No project on record declares any of these XEPs.</p>;
  return (
    <div className="table-wrap matrix" role="region" aria-label="Implementation matrix" tabIndex={0}>
      <table>
        <caption>
          {rows.length} projects × {xeps.length} XEPs. A blank cell: the project's DOAP file does not mention the XEP.
        </caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            {xeps.map((xep) => (
              <th scope="col" key={xep.number}>
                <Link to={`/xeps/${xep.number}`} title={xep.title ?? undefined}>
                  {xepName(xep.number)}
                </Link>
                {xep.shortname ? <div className="muted small">{xep.shortname}</div> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row">
                <Link to={`/directory/${encodeURIComponent(row.slug)}`}>{row.name}</Link>
                {row.archived ? <span className="muted small"> (archived)</span> : null}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index}>
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell }: { cell: MatrixCell | undefined }) {
  if (!cell) return <span className="visually-hidden">not declared</span>;
  if (!cell.status) return <span className="muted">{cell.raw ?? 'declared'}</span>;
  const support = SUPPORT[cell.status];
  return (
    <>
      <Badge tone={support.tone}>{support.short}</Badge>
      {cell.version ? <div className="muted small">v{cell.version}</div> : null}
    </>
  );
}
