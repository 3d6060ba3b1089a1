/** A counting semaphore: at most `size` tasks run at once, the rest wait in order. */
export interface Limiter {
  run: <T>(task: () => Promise<T>) => Promise<T>;
}

export function createLimiter(size: number): Limiter {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`concurrency must be a positive integer, got ${size}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(task) {
      if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        active--;
        waiting.shift()?.();
      }
    },
  };
}
