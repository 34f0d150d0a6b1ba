import type { ChatAnswer } from '../backend/backend.js'
import { serverMessage } from '../errors.js'
import { CheckTimeout, evaluateCheck } from './checks.js'
import { scoreCase, type CaseScore, type CheckOutcome, type EvalCase } from './eval-case.js'

export type Ask = (model: string, messages: Record<string, unknown>[]) => Promise<ChatAnswer>
/** Grades an answer against a rubric: pass only on an explicit PASS from the grader. */
export type Grade = (rubric: string, evalCase: EvalCase, answer: string) => Promise<{ pass: boolean; reason: string }>

export type CaseResult =
  | ({ status: 'pass' | 'fail'; output: string; promptTokens: number; completionTokens: number } & CaseScore)
  | { status: 'error'; error: string }

export interface RunOptions {
  concurrency: number
  ask: Ask
  grade?: Grade
  onProgress?: (done: number, total: number) => void
}

/**
 * Runs every case on every model, at most `concurrency` requests at once. An API error (after the SDK's retries) is
 * an `error` result, counted apart from a failed check.
 */
export async function runCases(
  cases: EvalCase[],
  models: string[],
  options: RunOptions,
): Promise<Map<string, Map<string, CaseResult>>> {
  const results = new Map(models.map(m => [m, new Map<string, CaseResult>()]))
  const tasks = models.flatMap(model => cases.map(evalCase => ({ model, evalCase })))
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < tasks.length) {
      const { model, evalCase } = tasks[next++]
      results.get(model)!.set(evalCase.id, await runOne(model, evalCase, options))
      options.onProgress?.(++done, tasks.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, tasks.length)) }, worker))
  return results
}

async function runOne(model: string, evalCase: EvalCase, options: RunOptions): Promise<CaseResult> {
  let answer: ChatAnswer
  try {
    answer = await options.ask(model, evalCase.messages)
  } catch (error) {
    return { status: 'error', error: serverMessage(error) }
  }
  const outcomes: CheckOutcome[] = []
  for (const check of evalCase.checks) {
    let pass: boolean
    let note: string | undefined
    if (check.base === 'llm-rubric') {
      if (!options.grade) return { status: 'error', error: 'llm-rubric needs eval-grader-model' }
      try {
        const graded = await options.grade(String(check.value), evalCase, answer.text)
        pass = graded.pass
        note = graded.reason
      } catch (error) {
        return { status: 'error', error: `grader: ${serverMessage(error)}` }
      }
    } else {
      try {
        pass = evaluateCheck(check.base, answer.text, check.value, evalCase.ideal)
      } catch (error) {
        if (!(error instanceof CheckTimeout)) throw error
        // Failed whatever its negation: a check that could not run tells nothing in either direction.
        outcomes.push({ type: check.type, pass: false, weight: check.weight, note: error.message })
        continue
      }
    }
    outcomes.push({ type: check.type, pass: check.negate ? !pass : pass, weight: check.weight, ...(note && { note }) })
  }
  const score = scoreCase(evalCase, outcomes)
  return {
    status: score.pass ? 'pass' : 'fail',
    output: answer.text,
    promptTokens: answer.promptTokens,
    completionTokens: answer.completionTokens,
    ...score,
  }
}

/** The grader's prompt: a pinned model at temperature 0 must answer PASS or FAIL on its first line. */
export function rubricMessages(rubric: string, evalCase: EvalCase, answer: string): Record<string, unknown>[] {
  const question =
    evalCase.messages
      .filter(m => m.role === 'user')
      .map(m => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
      .at(-1) ?? ''
  return [
    {
      role: 'system',
      content:
        'You grade answers against a rubric. Reply with PASS or FAIL alone on the first line, then one sentence of reason. Anything else than an explicit PASS is a fail.',
    },
    { role: 'user', content: `Rubric:\n${rubric}\n\nQuestion:\n${question}\n\nAnswer to grade:\n${answer}` },
  ]
}

export function parseVerdict(text: string): { pass: boolean; reason: string } {
  const [first = '', ...rest] = text.trim().split('\n')
  return {
    pass:
      first
        .trim()
        .replace(/[.*:]+$/g, '')
        .toUpperCase() === 'PASS',
    reason: rest.join(' ').trim() || first.trim(),
  }
}
