/** Project slugs: the stable, URL-safe name of a project in the directory. */

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const MAX_SLUG_LENGTH = 64;
/** Path words the web interface uses under /directory/, so no project can shadow them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['confirm', 'xeps', 'matrix', 'new']);

/** A slug from a project name: ASCII letters and digits, words joined by "-" ("Converse.js" → "converse-js"). */
export function slugify(name: string): string {
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return slug === '' ? 'project' : slug;
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base) && !RESERVED_SLUGS.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken(candidate) && !RESERVED_SLUGS.has(candidate)) return candidate;
  }
}

export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value) && !RESERVED_SLUGS.has(value);
}
