import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { MAX_DOMAIN_INPUT, parseDomainInput } from './domain-input.ts';
import { domainishString, hostileString, seeded } from './test-random.ts';

const refusal = (input: string) => {
  try {
    parseDomainInput(input);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('parseDomainInput', () => {
  it('normalises domains to lower-case A-labels without the trailing dot', () => {
    expect(parseDomainInput('Example.ORG.')).toBe('example.org');
    expect(parseDomainInput('  jabber.example.org ')).toBe('jabber.example.org');
    expect(parseDomainInput('bücher.example')).toBe('xn--bcher-kva.example');
    expect(parseDomainInput('good.prosody.test')).toBe('good.prosody.test');
  });

  it('refuses IP literals with a message that says why', () => {
    for (const input of ['127.0.0.1', '10.1.2.3', '::1', '[::1]', '2001:db8::1', '[2001:db8::1]', '1.2.3']) {
      const error = refusal(input);
      expect(error, input).toBeInstanceOf(AppError);
      expect(error, input).toMatchObject({ code: 'invalid_domain', status: 400 });
      if (input !== '1.2.3') expect((error as AppError).message, input).toMatch(/IP address/);
    }
  });

  it('refuses malformed, single-label and overlong names', () => {
    for (const input of ['', '   ', 'localhost', 'a..b', '.example.org', '-bad.example', 'bad-.example', 'exa mple.org', 'user@example.org', 'example.org/path', 'example.org:5222', '*.example.org', `${'a'.repeat(64)}.example`, `${'abc.'.repeat(70)}org`, 'x'.repeat(MAX_DOMAIN_INPUT + 1)]) {
      expect(refusal(input), JSON.stringify(input)).toMatchObject({ code: 'invalid_domain', status: 400 });
    }
  });

  it('never echoes more than a short excerpt of what it refuses', () => {
    const error = refusal(`${'<b>'.repeat(90)}`) as AppError;
    expect(error.message.length).toBeLessThan(200);
  });

  it('either returns a valid host name or refuses with invalid_domain, for generated input (seeded)', () => {
    const random = seeded(4);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const input = i % 2 === 0 ? hostileString(random, 30) : domainishString(random);
      const error = refusal(input);
      if (error === undefined) {
        const domain = parseDomainInput(input);
        expect(domain, JSON.stringify(input)).toMatch(/^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)+[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/);
        expect(domain.length).toBeLessThanOrEqual(253);
        expect(parseDomainInput(domain), 'idempotent').toBe(domain);
        accepted++;
      } else {
        expect(error, JSON.stringify(input)).toMatchObject({ code: 'invalid_domain', status: 400 });
      }
    }
    // Both branches must be exercised for the test to mean anything.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});
