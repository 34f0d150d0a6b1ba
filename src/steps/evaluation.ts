import * as core from '@actions/core'
import { annotate, setOutputs, tenthsLogger, writeJsonReport } from '../action-io.js'
import type { FineTuningBackend, Sampling } from '../backend/index.js'
import { InputError, messageOf } from '../errors.js'
import { readEvalFile, type EvalFile } from '../evaluate/eval-file.js'
import { parseVerdict, rubricMessages, runCases } from '../evaluate/runner.js'
import { pct, summarize, type EvalSummary } from '../evaluate/summary.js'
import { evalMarkdown } from '../report/eval-markdown.js'
import type { Settings } from '../settings.js'

export interface EvaluationResult {
  summary: EvalSummary
  markdown: string
  reportPath: string
}

/** Reads and checks the eval file; its errors stop the evaluation before any request is made. */
export async function loadEvalFile(file: string): Promise<EvalFile> {
  const evalFile = await readEvalFile(file).catch((error: unknown) => {
    throw new InputError(`eval-file: cannot read ${file}: ${messageOf(error)}`)
  })
  annotate(evalFile.findings)
  for (const f of evalFile.findings.slice(0, 50))
    core.info(`${f.severity} ${f.file}:${f.line ?? '-'} ${f.code} ${f.message}`)
  return evalFile
}

/**
 * Runs the eval set on the evaluated model and every comparison model with identical sampling (temperature 0, the
 * same seed and token limit), then pairs the results by case id. Outputs and the JSON report are written here; the
 * caller decides where the Markdown goes, and fails the step on the gates after posting it.
 */
export async function runEvaluation(
  settings: Settings,
  backend: FineTuningBackend,
  evaluated: string,
  baseModel: string | undefined,
): Promise<EvaluationResult | undefined> {
  const evalFile = await loadEvalFile(settings.eval.file!)
  if (evalFile.errors > 0)
    throw new InputError(
      `The eval file ${evalFile.path} has ${evalFile.errors} error(s); see the annotations. No model was called.`,
    )
  const compare = settings.eval.compareModels.map(m => {
    if (m !== 'base') return m
    if (!baseModel)
      throw new InputError(
        "eval-compare-models: 'base' means the job's base model, and there is no job here (give job-id, or name the model)",
      )
    return baseModel
  })
  const models = [evaluated, ...compare.filter((m, i) => m !== evaluated && compare.indexOf(m) === i)]
  const grader = settings.eval.graderModel
  const needsGrader = evalFile.cases.some(c => c.checks.some(k => k.base === 'llm-rubric'))
  if (needsGrader && !grader)
    throw new InputError(
      'The eval file has llm-rubric checks: set eval-grader-model to the (pinned) model that grades them.',
    )
  const sampling: Sampling = { temperature: 0, seed: settings.eval.seed, maxTokens: settings.eval.maxTokens }
  core.info(
    `Evaluating ${models.join(', ')} on ${evalFile.cases.length} cases (concurrency ${settings.eval.concurrency}, temperature 0, seed ${settings.eval.seed ?? 'none'})`,
  )

  const needed = needsGrader ? [...models, grader!] : models
  const unservable = needed.map(m => backend.unservable?.(m)).find(Boolean)
  if (unservable) {
    core.warning(`Evaluation skipped: ${unservable}`)
    return undefined
  }
  const served = new Map<string, string>()
  const releases: (() => Promise<void>)[] = []
  for (const model of needsGrader ? [...models, grader!] : models) {
    if (served.has(model)) continue
    const s = await backend.serve(model)
    served.set(model, s.name)
    releases.push(() => s.release())
    if (model === evaluated && s.deployment) setOutputs({ 'deployment-name': s.deployment })
  }
  const log = tenthsLogger()
  let results
  try {
    results = await runCases(evalFile.cases, models, {
      concurrency: settings.eval.concurrency,
      ask: (model, messages) => backend.chat(served.get(model)!, messages, sampling),
      grade: grader
        ? async (rubric, evalCase, answer) =>
            parseVerdict(
              (
                await backend.chat(served.get(grader)!, rubricMessages(rubric, evalCase, answer), {
                  ...sampling,
                  maxTokens: 200,
                })
              ).text,
            )
        : undefined,
      onProgress: (done, total) => {
        log(done, total, `evaluation: ${done}/${total} answers`)
      },
    })
  } finally {
    for (const release of releases)
      await release().catch((error: unknown) => {
        core.warning(`Could not release a model set up for the evaluation: ${messageOf(error)}`)
      })
  }
  const summary = summarize(evalFile.cases, evaluated, results, {
    minPassRate: settings.eval.minPassRate,
    maxRegressions: settings.eval.maxRegressions,
  })
  for (const m of summary.models)
    core.info(`${m.model}: pass rate ${pct(m.passRate)} (${m.passed} passed, ${m.failed} failed, ${m.errored} errors)`)
  for (const c of summary.comparisons)
    core.info(
      `against ${c.baseline}: ${c.regressions.length} regressions, ${c.fixes.length} fixes, ${c.bothPass} both pass, ${c.bothFail} both fail`,
    )

  const cases = evalFile.cases.map(c => ({
    id: c.id,
    tags: c.tags,
    results: Object.fromEntries(models.map(m => [m, results.get(m)!.get(c.id)])),
  }))
  const reportPath = await writeJsonReport(settings.eval.reportFile, 'eval-report.json', { ...summary, cases })
  const me = summary.models.find(m => m.model === evaluated)!
  const rate = (r: number) => String(Math.round(r * 10_000) / 10_000)
  setOutputs({
    'eval-pass-rate': rate(me.passRate),
    'eval-passed': String(summary.gates.passed),
    'eval-results': JSON.stringify(Object.fromEntries(summary.models.map(m => [m.model, Number(rate(m.passRate))]))),
    'eval-report-path': reportPath,
  })
  return { summary, markdown: evalMarkdown(summary, evalFile.cases, results), reportPath }
}
