import type { EvalCase } from './eval-case.js'
import type { CaseResult } from './runner.js'

export interface Tally {
  passed: number
  failed: number
}

export interface ModelSummary {
  model: string
  role: 'evaluated' | 'comparison'
  passed: number
  failed: number
  errored: number
  /** passed / (passed + failed + errored): an error counts against the model. */
  passRate: number
  /** Mean score over the cases that got an answer. */
  meanScore: number
  promptTokens: number
  completionTokens: number
  byCheck: Record<string, Tally>
  byTag: Record<string, Tally>
}

export interface Comparison {
  /** The other model; the evaluated model is compared with it case by case (paired by id). */
  baseline: string
  /** Cases the baseline passes and the evaluated model does not. */
  regressions: string[]
  /** Cases the evaluated model passes and the baseline does not. */
  fixes: string[]
  bothPass: number
  bothFail: number
}

export interface Gates {
  minPassRate?: number
  maxRegressions?: number
}

export interface EvalSummary {
  evaluated: string
  models: ModelSummary[]
  comparisons: Comparison[]
  gates: Gates & { passed: boolean; failures: string[] }
}

export function summarize(
  cases: EvalCase[],
  evaluated: string,
  results: Map<string, Map<string, CaseResult>>,
  gates: Gates,
): EvalSummary {
  const models = [...results.keys()].map(model =>
    summarizeModel(model, model === evaluated ? 'evaluated' : 'comparison', cases, results.get(model)!),
  )
  const mine = results.get(evaluated)!
  const comparisons = [...results.keys()]
    .filter(m => m !== evaluated)
    .map(baseline => {
      const theirs = results.get(baseline)!
      const c: Comparison = { baseline, regressions: [], fixes: [], bothPass: 0, bothFail: 0 }
      for (const { id } of cases) {
        const a = mine.get(id)?.status === 'pass'
        const b = theirs.get(id)?.status === 'pass'
        if (a && b) c.bothPass++
        else if (!a && !b) c.bothFail++
        else if (b) c.regressions.push(id)
        else c.fixes.push(id)
      }
      return c
    })
  const failures: string[] = []
  const rate = models.find(m => m.model === evaluated)!.passRate
  if (gates.minPassRate !== undefined && rate < gates.minPassRate)
    failures.push(`pass rate ${pct(rate)} is below eval-min-pass-rate ${pct(gates.minPassRate)}`)
  for (const c of comparisons) {
    if (gates.maxRegressions !== undefined && c.regressions.length > gates.maxRegressions) {
      failures.push(
        `${c.regressions.length} regressions against ${c.baseline}, more than eval-max-regressions ${gates.maxRegressions}`,
      )
    }
  }
  return { evaluated, models, comparisons, gates: { ...gates, passed: failures.length === 0, failures } }
}

function summarizeModel(
  model: string,
  role: ModelSummary['role'],
  cases: EvalCase[],
  results: Map<string, CaseResult>,
): ModelSummary {
  const s: ModelSummary = {
    model,
    role,
    passed: 0,
    failed: 0,
    errored: 0,
    passRate: 0,
    meanScore: 0,
    promptTokens: 0,
    completionTokens: 0,
    byCheck: {},
    byTag: {},
  }
  let scoreSum = 0
  for (const evalCase of cases) {
    const r = results.get(evalCase.id)
    if (!r || r.status === 'error') {
      s.errored++
      continue
    }
    if (r.status === 'pass') s.passed++
    else s.failed++
    scoreSum += r.score
    s.promptTokens += r.promptTokens
    s.completionTokens += r.completionTokens
    for (const c of r.checks) tally(s.byCheck, c.type, c.pass)
    for (const tag of evalCase.tags) tally(s.byTag, tag, r.status === 'pass')
  }
  const total = s.passed + s.failed + s.errored
  s.passRate = total === 0 ? 0 : s.passed / total
  s.meanScore = s.passed + s.failed === 0 ? 0 : scoreSum / (s.passed + s.failed)
  return s
}

function tally(into: Record<string, Tally>, key: string, pass: boolean): void {
  const t = (into[key] ??= { passed: 0, failed: 0 })
  if (pass) t.passed++
  else t.failed++
}

export const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`
