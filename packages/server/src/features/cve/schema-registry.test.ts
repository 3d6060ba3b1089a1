import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA_DIR, listCveSchemaVersions, loadCveSchemaSet, schemaVersionFor } from './schema-registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'xmppsec-cve-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schema releases are data', () => {
  it('ships 5.2.0, read from its folder', () => {
    expect(listCveSchemaVersions()).toEqual(['5.2.0']);
    const set = loadCveSchemaSet();
    expect(set.version).toBe('5.2.0');
    expect((set.record.definitions as { dataVersion: { default: string } }).dataVersion.default).toBe('5.2.0');
    expect(set.cnaPublished.$id).toMatch(/cnaPublishedContainer/);
  });

  it('a new release is a folder drop, and becomes the default', () => {
    cpSync(join(DEFAULT_SCHEMA_DIR, 'cve-5.2.0'), join(dir, 'cve-5.2.0'), { recursive: true });
    cpSync(join(DEFAULT_SCHEMA_DIR, 'cve-5.2.0'), join(dir, 'cve-5.10.0'), { recursive: true });
    const file = join(dir, 'cve-5.10.0', 'CVE_Record_Format_bundled.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"default": "5.2.0"', '"default": "5.10.0"'));
    cpSync(join(DEFAULT_SCHEMA_DIR, 'cve-5.2.0'), join(dir, 'not-a-release'), { recursive: true });
    expect(listCveSchemaVersions(dir)).toEqual(['5.2.0', '5.10.0']);
    expect(loadCveSchemaSet(undefined, dir).version).toBe('5.10.0');
    expect((loadCveSchemaSet(undefined, dir).record.definitions as { dataVersion: { default: string } }).dataVersion.default).toBe('5.10.0');
  });

  it('a record is checked against its own release when shipped, else the newest', () => {
    const available = ['5.1.0', '5.2.0'];
    expect(schemaVersionFor('5.1', available)).toBe('5.1.0');
    expect(schemaVersionFor('5.2.0', available)).toBe('5.2.0');
    expect(schemaVersionFor('5.0', available)).toBe('5.2.0');
    expect(schemaVersionFor(undefined, available)).toBe('5.2.0');
    expect(schemaVersionFor(7, available)).toBe('5.2.0');
    expect(() => schemaVersionFor('5.1', [])).toThrow(/no CVE schema release/);
  });
});
