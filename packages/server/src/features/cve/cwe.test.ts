import { describe, expect, it } from 'vitest';
import { CWE_LIST_VERSION, cweEntries, lookupCwe } from './cwe.ts';

describe('the shipped CWE names', () => {
  it('match MITRE’s list as shipped in the CSAF validator library', async () => {
    const { default: catalogue } = (await import(`@secvisogram/csaf-validator-lib/lib/cwec/${CWE_LIST_VERSION}.js`)) as { default: { weaknesses: Array<{ id: string; name: string; usage?: string }> } };
    const upstream = new Map(catalogue.weaknesses.map((w) => [w.id, w]));
    const entries = cweEntries();
    expect(entries.length).toBeGreaterThan(200);
    for (const entry of entries) {
      expect(upstream.get(entry.id), entry.id).toMatchObject({ name: entry.name, usage: entry.usage });
    }
  });

  it('are looked up by id', () => {
    expect(lookupCwe('cwe-295')).toMatchObject({ id: 'CWE-295', name: 'Improper Certificate Validation', usage: 'Allowed' });
    expect(lookupCwe('CWE-1')).toBeUndefined();
  });
});
