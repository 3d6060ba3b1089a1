import { describe, expect, it } from 'vitest';
import { scanCommand, type CliIo } from './cli.ts';

function testIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => { out += t; }, err: (t) => { err += t; }, interactive: false, env: {}, stdout: () => out, stderr: () => err };
}

describe('xmppsec scan arguments', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = testIo();
    expect(await scanCommand.run(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: xmppsec scan');
    expect(io.stdout()).toContain('--fail-below');
  });

  const bad: [string[], RegExp][] = [
    [[], /at least one domain/],
    [['--mode', 'x2s', 'a.test'], /--mode/],
    [['--fail-below', 'Q', 'a.test'], /--fail-below/],
    [['--concurrency', '0', 'a.test'], /--concurrency/],
    [['--concurrency', '1.5', 'a.test'], /whole number/],
    [['--timeout', 'soon', 'a.test'], /--timeout/],
    [['--resolver', '1.2.3.4:70000', 'a.test'], /resolver/],
    [['not a domain'], /not a valid domain/],
    [['--ca-file', '/nonexistent/ca.pem', 'a.test'], /cannot read CA file/],
    [['--bogus', 'a.test'], /Unknown option/],
  ];
  for (const [args, message] of bad) {
    it(`refuses ${JSON.stringify(args)} with exit code 2`, async () => {
      const io = testIo();
      expect(await scanCommand.run(args, io)).toBe(2);
      expect(io.stderr()).toMatch(message);
      expect(io.stdout()).toBe('');
    });
  }
});
