import type { Clock } from '../../src/clock';

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  private at: number;
  constructor(start: string | Date) {
    this.at = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  set(to: string | Date): void {
    this.at = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.at += ms;
  }
}
