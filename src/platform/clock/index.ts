/** The injected clock: domain code asks it for "now" instead of calling Date.now(). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still (tests) or is moved by hand (simulated cycles). */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** Real time shifted to start at `start` (demos and end-to-end tests pin "now" with KINDLY_NOW). */
export function offsetClock(start: Date | string, base: Clock = systemClock): Clock {
  const offset = new Date(start).getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}
