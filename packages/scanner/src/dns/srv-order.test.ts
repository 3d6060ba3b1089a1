import { describe, expect, it } from 'vitest';
import { orderSrv, serviceDisabled } from './srv-order.ts';

const rec = (target: string, priority: number, weight: number) => ({ target, priority, weight, port: 5222 });

describe('orderSrv', () => {
  it('orders by priority first', () => {
    const out = orderSrv([rec('c', 20, 0), rec('a', 10, 0), rec('b', 10, 0)], () => 0);
    expect(out.map((r) => r.priority)).toEqual([10, 10, 20]);
    expect(out[2]?.target).toBe('c');
  });

  it('picks by weight within a priority, in proportion to the weights', () => {
    let seed = 1;
    const random = () => { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; };
    const firsts: Record<string, number> = { heavy: 0, light: 0, zero: 0 };
    for (let i = 0; i < 4000; i++) {
      const first = orderSrv([rec('light', 1, 10), rec('heavy', 1, 30), rec('zero', 1, 0)], random)[0]!.target;
      firsts[first] = (firsts[first] ?? 0) + 1;
    }
    expect(firsts.heavy! / firsts.light!).toBeGreaterThan(2.4);
    expect(firsts.heavy! / firsts.light!).toBeLessThan(3.6);
    expect(firsts.zero).toBeLessThan(firsts.light!);
  });

  it('keeps every record exactly once', () => {
    const input = [rec('a', 1, 5), rec('b', 1, 5), rec('c', 2, 1), rec('d', 0, 0)];
    expect(orderSrv(input).map((r) => r.target).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('recognises the "service not available" record', () => {
    expect(serviceDisabled([rec('', 0, 0)])).toBe(true);
    expect(serviceDisabled([rec('x.test', 0, 0)])).toBe(false);
  });
});
