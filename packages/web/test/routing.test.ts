import { describe, expect, it } from 'vitest';
import { qrPath } from '../src/components/qr-code.tsx';
import { atPage, auditQueryFromSearch, fromLocalInput, PAGE_SIZE, searchFromAuditQuery, toLocalInput } from '../src/pages/console/audit-filters.ts';
import { findRoute, matchPath, safeNextPath } from '../src/router/match.ts';
import { seededRandom } from './support/seeded-random.ts';

describe('route matching', () => {
  it('matches literal segments and decodes parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/console/users', '/console/users/')).toEqual({});
    expect(matchPath('/directory/:slug', '/directory/prosody')).toEqual({ slug: 'prosody' });
    expect(matchPath('/xeps/:number', '/xeps/0280')).toEqual({ number: '0280' });
    expect(matchPath('/directory/:slug', '/directory/conversations%2Fim')).toEqual({ slug: 'conversations/im' });
    expect(matchPath('/directory/:slug', '/directory')).toBeUndefined();
    expect(matchPath('/directory/:slug', '/directory/a/b')).toBeUndefined();
    expect(matchPath('/console', '/consoles')).toBeUndefined();
  });

  it('rejects malformed escapes instead of throwing', () => {
    expect(matchPath('/directory/:slug', '/directory/%E0%A4%A')).toBeUndefined();
  });

  it('picks the first matching route', () => {
    const routes = [{ path: '/threats/versions' }, { path: '/threats/:slug' }];
    expect(findRoute(routes, '/threats/versions')?.route).toBe(routes[0]);
    expect(findRoute(routes, '/threats/starttls-stripping')).toEqual({ route: routes[1], params: { slug: 'starttls-stripping' } });
    expect(findRoute(routes, '/nowhere')).toBeUndefined();
  });

  it('only ever sends people on to a path of this site after sign-in', () => {
    expect(safeNextPath('/console/audit?action=user.')).toBe('/console/audit?action=user.');
    for (const hostile of ['//evil.example/', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined, 'console']) {
      expect(safeNextPath(hostile)).toBe('/console');
    }
    const random = seededRandom(42);
    for (let round = 0; round < 2000; round++) {
      const candidate = random.pick(['/', '//', '/\\', 'http:', '']) + random.text(20);
      const next = safeNextPath(candidate);
      // Resolved against this site, the path never leaves it.
      expect(new URL(next, 'https://xmppsec.example').origin).toBe('https://xmppsec.example');
    }
  });
});

describe('audit log filters in the address bar', () => {
  it('keeps known filters with valid values only', () => {
    const query = auditQueryFromSearch(new URLSearchParams('action=user.&subjectId=%20u1%20&since=2026-01-02T03:04:05Z&until=not-a-date&beforeSeq=-3&evil=1'));
    expect(query).toEqual({ limit: PAGE_SIZE, action: 'user.', subjectId: 'u1', since: '2026-01-02T03:04:05.000Z' });
  });

  it('round-trips a query through the address bar', () => {
    const query = { action: 'auth.', actorId: 'a b', subjectType: 'user', subjectId: 'x&y', since: '2026-01-02T03:04:05.000Z', until: '2026-02-01T00:00:00.000Z', beforeSeq: 40 };
    expect(auditQueryFromSearch(new URLSearchParams(searchFromAuditQuery(query).slice(1)))).toEqual({ ...query, limit: PAGE_SIZE });
    expect(searchFromAuditQuery(atPage(query, null))).not.toContain('beforeSeq');
    expect(atPage({ action: 'x' }, 7)).toEqual({ action: 'x', beforeSeq: 7 });
  });

  it('converts between instants and datetime-local values in the local zone', () => {
    const iso = '2026-03-04T05:06:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput('garbage')).toBe('');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-13-45T99:99')).toBeUndefined();
  });
});

describe('QR code drawing', () => {
  it('draws one unit square per dark module, with the three finder patterns in the corners', () => {
    const uri = 'otpauth://totp/xmppsec%3Aadmin%40localhost?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=xmppsec&algorithm=SHA1&digits=6&period=30';
    const { path, modules } = qrPath(uri);
    expect((modules - 17) % 4).toBe(0);
    const dark = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((match) => `${Number(match[1]) - 4},${Number(match[2]) - 4}`));
    expect(path.replace(/M\d+ \d+h1v1h-1z/g, '')).toBe('');
    // A finder pattern: a dark 7×7 ring, a light ring inside it, and a dark 3×3 centre.
    const finderAt = (left: number, top: number) => {
      for (let y = 0; y < 7; y++) {
        for (let x = 0; x < 7; x++) {
          const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
          if (dark.has(`${left + x},${top + y}`) !== (ring !== 2)) return false;
        }
      }
      return true;
    };
    expect([finderAt(0, 0), finderAt(modules - 7, 0), finderAt(0, modules - 7), finderAt(modules - 7, modules - 7)]).toEqual([true, true, true, false]);
  });
});
