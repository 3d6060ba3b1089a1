/** RFC 2782 target selection order: by priority, then weighted random within a priority. */

export interface SrvTarget {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

export function orderSrv<T extends SrvTarget>(records: readonly T[], random: () => number = Math.random): T[] {
  const byPriority = new Map<number, T[]>();
  for (const r of records) byPriority.set(r.priority, [...(byPriority.get(r.priority) ?? []), r]);
  const out: T[] = [];
  for (const priority of [...byPriority.keys()].sort((a, b) => a - b)) {
    // Zero-weight records first, as RFC 2782 asks, so they get a small chance when others exist.
    const pool = [...(byPriority.get(priority) as T[])].sort((a, b) => (a.weight === 0 ? 0 : 1) - (b.weight === 0 ? 0 : 1));
    while (pool.length > 0) {
      const total = pool.reduce((sum, r) => sum + r.weight, 0);
      const pick = Math.floor(random() * (total + 1));
      let running = 0;
      let index = pool.findIndex((r) => (running += r.weight) >= pick);
      if (index < 0) index = pool.length - 1;
      out.push(pool.splice(index, 1)[0] as T);
    }
  }
  return out;
}

/** A target of "." means the service is decidedly not available (RFC 2782). */
export function serviceDisabled(records: readonly SrvTarget[]): boolean {
  return records.length === 1 && (records[0]?.target === '' || records[0]?.target === '.');
}
