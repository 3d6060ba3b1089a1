/**
 * One-time links carry their token in the URL fragment (`#token=…` or just `#…`), which browsers
 * never send to a server, so it stays out of logs. The page reads it once and removes it from the
 * address bar, so it does not linger in history or get shared by accident.
 */
export function readFragmentToken(): string {
  const hash = window.location.hash.slice(1);
  const token = hash.includes('=') ? (new URLSearchParams(hash).get('token') ?? '') : decodeURIComponent(hash);
  if (hash !== '') window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return token.trim();
}
