export interface Distribution {
  min: number
  max: number
  mean: number
  median: number
  p10: number
  p90: number
}

/** Collects one whole number per example (counts) in a typed array: 4 bytes each, so a million examples cost 4 MB. */
export class Sample {
  private values = new Uint32Array(1024)
  private size = 0

  add(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.size++] = value
  }

  get count(): number {
    return this.size
  }

  /** Percentiles interpolate linearly between neighbours, as numpy.percentile does (the cookbook prints those). */
  distribution(): Distribution | null {
    if (this.size === 0) return null
    const sorted = this.values.slice(0, this.size).sort()
    let sum = 0
    for (const v of sorted) sum += v
    const at = (q: number) => {
      const pos = (sorted.length - 1) * q
      const lo = Math.floor(pos)
      const hi = Math.ceil(pos)
      return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
    }
    return {
      min: sorted[0],
      max: sorted[sorted.length - 1],
      mean: sum / sorted.length,
      median: at(0.5),
      p10: at(0.1),
      p90: at(0.9),
    }
  }
}
