/** The source of "now". Tests and the publication scenario drive a controllable one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function manualClock(start: Date | string): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => { current = new Date(at); },
    advance: (ms) => { current = new Date(current.getTime() + ms); },
  };
}

export const DAY_MS = 86_400_000;
