import type { DatasetReport } from './analyze-dataset.js'
import type { ExampleIndex } from './analyze-file.js'

export interface FileChange {
  path: string
  /** new: not in the base branch; unavailable: the base version could not be read. */
  state: 'changed' | 'new' | 'unavailable'
  examplesAdded: number
  examplesRemoved: number
  /** Examples edited in place: at the same line in both versions, and neither version found elsewhere. */
  examplesChanged: number
  deltaExamples: number
  deltaTokens: number
}

export interface DatasetChange {
  files: FileChange[]
  deltaExamples: number
  deltaTokens: number
  deltaBilledTokens: number
  /** null when either estimate has no price. */
  deltaCostUsd: number | null
  base: DatasetReport['totals']
}

/** What a pull request changed (against no base at all when every file is new): example-level differences by content hash, and the change in tokens and cost. */
export function compareDatasets(
  head: DatasetReport,
  headIndex: Map<string, ExampleIndex>,
  base: DatasetReport | undefined,
  baseIndex: Map<string, ExampleIndex>,
  unavailable: Set<string>,
): DatasetChange {
  const files = head.files.map((file): FileChange => {
    const baseFile = base?.files.find(b => b.path === file.path)
    const headIdx = headIndex.get(file.path) ?? { lines: [], hashes: [] }
    if (!baseFile) {
      const state = unavailable.has(file.path) ? 'unavailable' : 'new'
      const added = state === 'new' ? file.examples : 0
      return {
        path: file.path,
        state,
        examplesAdded: added,
        examplesRemoved: 0,
        examplesChanged: 0,
        deltaExamples: added,
        deltaTokens: state === 'new' ? file.tokens : 0,
      }
    }
    const diff = diffExamples(baseIndex.get(file.path) ?? { lines: [], hashes: [] }, headIdx)
    return {
      path: file.path,
      state: 'changed',
      ...diff,
      deltaExamples: file.examples - baseFile.examples,
      deltaTokens: file.tokens - baseFile.tokens,
    }
  })
  const t = head.totals
  // No base file at all: the base branch had no data, so everything is new and costs nothing there.
  const b = base?.totals ?? {
    ...t,
    examples: 0,
    tokens: 0,
    billedTokens: 0,
    epochs: 0,
    estimatedCostUsd: t.estimatedCostUsd === null ? null : 0,
    errors: 0,
    warnings: 0,
  }
  return {
    files,
    deltaExamples: t.examples - b.examples,
    deltaTokens: t.tokens - b.tokens,
    deltaBilledTokens: t.billedTokens - b.billedTokens,
    deltaCostUsd:
      t.estimatedCostUsd !== null && b.estimatedCostUsd !== null
        ? round4(t.estimatedCostUsd - b.estimatedCostUsd)
        : null,
    base: b,
  }
}

function diffExamples(
  base: ExampleIndex,
  head: ExampleIndex,
): Pick<FileChange, 'examplesAdded' | 'examplesRemoved' | 'examplesChanged'> {
  const baseCount = multiset(base.hashes)
  const headCount = multiset(head.hashes)
  // Multiset difference: a duplicated example added once more counts once.
  const onlyIn = (a: Map<number, number>, b: Map<number, number>) => {
    const rest = new Map<number, number>()
    for (const [h, n] of a) if (n > (b.get(h) ?? 0)) rest.set(h, n - (b.get(h) ?? 0))
    return rest
  }
  const added = onlyIn(headCount, baseCount)
  const removed = onlyIn(baseCount, headCount)
  const baseAtLine = new Map(base.lines.map((line, i) => [line, base.hashes[i]]))
  let changed = 0
  head.lines.forEach((line, i) => {
    const h = head.hashes[i]
    const before = baseAtLine.get(line)
    if (before === undefined || before === h) return
    if ((added.get(h) ?? 0) > 0 && (removed.get(before) ?? 0) > 0) {
      changed++
      added.set(h, added.get(h)! - 1)
      removed.set(before, removed.get(before)! - 1)
    }
  })
  const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  return { examplesAdded: sum(added), examplesRemoved: sum(removed), examplesChanged: changed }
}

function multiset(hashes: number[]): Map<number, number> {
  const m = new Map<number, number>()
  for (const h of hashes) m.set(h, (m.get(h) ?? 0) + 1)
  return m
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000
