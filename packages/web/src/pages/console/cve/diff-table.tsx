import type { Change } from './labels.ts';
import { showValue } from './labels.ts';

const KIND = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/** Field-level changes, one row each, with the old and the new value. */
export function DiffTable({ changes, caption }: { changes: readonly Change[]; caption: string }) {
  if (changes.length === 0) return <p>No differences.</p>;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="diff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Change</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change, index) => (
            <tr key={index} className={`change-${change.kind}`}>
              <th scope="row">
                <code>{change.path}</code>
              </th>
              <td>{KIND[change.kind]}</td>
              <td className="diff-old">{showValue(change.oldValue)}</td>
              <td className="diff-new">{showValue(change.newValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
