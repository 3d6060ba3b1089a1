/**
 * An embargo is one instant. People meet it in UTC (the reference everyone in a case shares) and
 * in their own time zone; the form takes UTC so nobody converts in their head.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-08-15 14:00 UTC` */
export function formatUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** The reader's local rendering with the zone's name, e.g. `15 Aug 2026, 16:00 CEST`. */
export function formatLocal(date: Date, options: { timeZone?: string; locale?: string } = {}): string {
  return date.toLocaleString(options.locale, { dateStyle: 'medium', timeStyle: 'short', ...(options.timeZone ? { timeZone: options.timeZone } : {}) }) + ` ${zoneName(date, options)}`;
}

function zoneName(date: Date, options: { timeZone?: string; locale?: string }): string {
  const part = new Intl.DateTimeFormat(options.locale, { timeZoneName: 'short', ...(options.timeZone ? { timeZone: options.timeZone } : {}) }).formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/** The value of a `datetime-local` input that is labelled as UTC. */
export function toUtcInput(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** A `datetime-local` value read as UTC; undefined when it is not a complete, real date and time. */
export function fromUtcInput(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as [number, number, number, number, number, number, number | undefined];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, Number.isNaN(second) || second === undefined ? 0 : second));
  // Date.UTC rolls 31 February over into March: such a value is not a real date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date.getUTCHours() !== hour || date.getUTCMinutes() !== minute) return undefined;
  return date;
}

const UNITS: [string, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * How long until the instant (or since it passed), in the two largest units that matter, e.g.
 * "12 days and 3 hours", "41 minutes and 5 seconds"; seconds only under an hour.
 */
export function describeRemaining(now: Date, at: Date): { ended: boolean; text: string } {
  const difference = at.getTime() - now.getTime();
  const ended = difference <= 0;
  let rest = Math.abs(difference);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    if (unit === 'second' && Math.abs(difference) >= 3_600_000) break;
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (parts.length > 0 && parts.length < 2)) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    if (parts.length === 2) break;
  }
  const text = parts.length === 0 ? 'less than a second' : parts.length === 1 ? parts[0]! : `${parts[0]} and ${parts[1]}`;
  return { ended, text };
}
