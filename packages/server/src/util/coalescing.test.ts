import { describe, expect, it } from 'vitest';
import { addCounts, coalescing } from './coalescing.ts';

describe('coalescing', () => {
  it('shares a run among callers and goes round once more for calls made during it', async () => {
    let rounds = 0;
    let release!: () => void;
    const task = coalescing(async () => {
      rounds++;
      if (rounds === 1) await new Promise<void>((resolve) => { release = resolve; });
      return { sent: 1 };
    }, addCounts);
    const first = task.run();
    const second = task.run();
    const third = task.run();
    expect(second).toBe(first);
    expect(third).toBe(first);
    release();
    expect(await first).toEqual({ sent: 2 });
    expect(rounds).toBe(2);
    expect(task.running()).toBeUndefined();
    expect(await task.run()).toEqual({ sent: 1 });
  });
});
