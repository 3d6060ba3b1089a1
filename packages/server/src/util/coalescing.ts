/**
 * Wraps a delivery-like task so that callers share one run at a time, and a call that arrives during
 * a run makes it go round once more (what was queued meanwhile is not left for the next schedule).
 */
export function coalescing<R>(work: () => Promise<R>, merge: (total: R, round: R) => R): { run(): Promise<R>; running(): Promise<R> | undefined } {
  let current: Promise<R> | undefined;
  let again = false;
  return {
    run() {
      if (current) {
        again = true;
        return current;
      }
      current = (async (): Promise<R> => {
        again = false;
        let total: R = await work();
        while (again) {
          again = false;
          total = merge(total, await work());
        }
        return total;
      })().finally(() => {
        current = undefined;
      });
      return current;
    },
    running: () => current,
  };
}

/** Adds two tallies of the same shape, key by key. */
export function addCounts<T extends { [K in keyof T]: number }>(a: T, b: T): T {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) sum[key] = ((a[key] ?? 0) + b[key]) as T[keyof T];
  return sum;
}
