import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonText, readBoundedFile } from './json-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'xmppsec-json-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseJsonText', () => {
  it('parses text and bytes, with or without a byte-order mark', () => {
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText(new TextEncoder().encode('\uFEFF[1]'))).toEqual({ ok: true, value: [1] });
  });

  it('says where JSON is broken', () => {
    const result = parseJsonText('{"a":\n  1,,}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.message).toMatch(/^is not valid JSON: .*line 2/);
  });

  it('bounds size and depth', () => {
    expect(parseJsonText('[1]', 2)).toMatchObject({ ok: false, issue: { code: 'TOO_LARGE' } });
    expect(parseJsonText(`${'{"a":'.repeat(65)}1${'}'.repeat(65)}`)).toMatchObject({ ok: false, issue: { code: 'TOO_DEEP' } });
    expect(parseJsonText(`${'{"a":'.repeat(63)}1${'}'.repeat(63)}`).ok).toBe(true);
  });
});

describe('readBoundedFile', () => {
  it('reads small files whole and stops after the limit on large ones', async () => {
    const small = join(dir, 'small.json');
    writeFileSync(small, '{"x":1}');
    const read = await readBoundedFile(small, 100);
    expect(read.ok && Buffer.from(read.bytes).toString()).toBe('{"x":1}');
    expect(await readBoundedFile('/dev/zero', 1000)).toEqual({ ok: false, tooLarge: true, message: '/dev/zero is larger than 1 KiB' });
  });
});
