/**
 * An embargo is one instant in UTC. It is shown in UTC (what the team agreed) and in the viewer's
 * own time zone (what they act on), named, so neither has to be converted by hand.
 */
export function EmbargoTime({ iso, now = new Date() }: { iso: string; now?: Date }) {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return <span>{iso}</span>;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <span className="embargo-time">
      <time dateTime={instant.toISOString()} data-testid="embargo-utc">
        {formatUtc(instant)}
      </time>
      <span className="embargo-local" data-testid="embargo-local">
        {' '}
        — {formatLocal(instant)} your time ({zone}), {relative(instant, now)}
      </span>
    </span>
  );
}

export function formatUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatLocal(instant: Date): string {
  return instant.toLocaleString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function relative(instant: Date, now: Date): string {
  const difference = instant.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (Math.abs(difference) >= 2 * DAY_MS) return format.format(Math.round(difference / DAY_MS), 'day');
  return format.format(Math.round(difference / HOUR_MS), 'hour');
}
