import type { Check } from './checks.js'

/** One line of an eval file, checked and ready to run. */
export interface EvalCase {
  id: string
  line: number
  /** Sent as they are, less training-only keys such as `weight`. */
  messages: Record<string, unknown>[]
  ideal?: string | string[]
  checks: Check[]
  tags: string[]
  /** Score (weighted share of passed checks) needed to pass; undefined means every check must pass. */
  threshold?: number
}

export interface CheckOutcome {
  type: string
  pass: boolean
  weight: number
  /** Why, for llm-rubric (the grader's reason) or an error. */
  note?: string
}

export interface CaseScore {
  pass: boolean
  score: number
  checks: CheckOutcome[]
}

/** Weighted share of passed checks; the case passes at its threshold, or when every check passes. */
export function scoreCase(evalCase: EvalCase, outcomes: CheckOutcome[]): CaseScore {
  const total = outcomes.reduce((n, c) => n + c.weight, 0)
  const passed = outcomes.reduce((n, c) => n + (c.pass ? c.weight : 0), 0)
  const score = total === 0 ? 0 : passed / total
  const pass = evalCase.threshold === undefined ? outcomes.every(c => c.pass) : score >= evalCase.threshold - 1e-9
  return { pass, score, checks: outcomes }
}
