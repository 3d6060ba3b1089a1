/**
 * Route patterns like `/directory/:slug`: literal segments match exactly, `:name` matches one
 * non-empty segment (URL-decoded). A trailing slash is ignored.
 */
export type RouteParams = Record<string, string>;

export function matchPath(pattern: string, pathname: string): RouteParams | undefined {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return undefined;
  const params: RouteParams = {};
  for (let index = 0; index < want.length; index++) {
    const expected = want[index]!;
    const actual = have[index]!;
    if (expected.startsWith(':')) {
      const value = safeDecode(actual);
      if (value === undefined || value === '') return undefined;
      params[expected.slice(1)] = value;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

/** The first route whose pattern matches, with its parameters. */
export function findRoute<R extends { path: string }>(routes: readonly R[], pathname: string): { route: R; params: RouteParams } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}

/**
 * Where to go after signing in: only a path on this site (`/…`, not `//host` or a scheme), so a
 * crafted link cannot send someone elsewhere.
 */
export function safeNextPath(value: string | null | undefined, fallback = '/console'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
