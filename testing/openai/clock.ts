/**
 * Simulated time. Everything with a timestamp (files, uploads, jobs, events) reads this clock, and jobs move through
 * their states only when it moves, so tests decide exactly when a job is running or done.
 */
export interface Clock {
  /** Unix time in whole seconds. */
  now(): number
  /** Moves simulated time forward. Jobs catch up on the next request, with events stamped when they happened. */
  advance(seconds: number): void
}

/** 2026-01-01T00:00:00Z: a fixed start keeps timestamps identical from run to run. */
export const DEFAULT_START = 1_767_225_600

/** Time that moves only when told to. */
export class ManualClock implements Clock {
  private seconds: number

  constructor(start = DEFAULT_START) {
    this.seconds = start
  }

  now(): number {
    return Math.floor(this.seconds)
  }

  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new RangeError(`A clock only moves forward; got ${seconds} seconds`)
    this.seconds += seconds
  }
}

export interface AcceleratedClockOptions {
  /** Simulated seconds per real second (60 turns a 10-minute job into 10 real seconds). */
  factor: number
  /** Simulated time at the moment the clock is made; defaults to the real time. */
  start?: number
  /** Real time in milliseconds; replaceable for tests of the clock itself. */
  realNow?: () => number
}

/** Time that runs on its own, faster than real time, for demos; advance() still jumps ahead. */
export class AcceleratedClock implements Clock {
  private readonly factor: number
  private readonly start: number
  private readonly realNow: () => number
  private readonly realStart: number
  private offset = 0

  constructor(options: AcceleratedClockOptions) {
    if (!(options.factor > 0)) throw new RangeError(`The speed-up factor must be positive; got ${options.factor}`)
    this.factor = options.factor
    this.realNow = options.realNow ?? Date.now
    this.realStart = this.realNow()
    this.start = options.start ?? this.realStart / 1000
  }

  now(): number {
    return Math.floor(this.start + ((this.realNow() - this.realStart) / 1000) * this.factor + this.offset)
  }

  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new RangeError(`A clock only moves forward; got ${seconds} seconds`)
    this.offset += seconds
  }
}

export const manualClock = (start?: number): ManualClock => new ManualClock(start)

export const acceleratedClock = (factor: number, start?: number): AcceleratedClock =>
  new AcceleratedClock({ factor, start })
