import * as core from '@actions/core'
import { annotate, logData, setOutputs, tenthsLogger, writeJsonReport } from '../action-io.js'
import type { FineTuningBackend, Sampling } from '../backend/index.js'
import { InputError, messageOf } from '../errors.js'
import { readEvalFile, type EvalFile } from '../evaluate/eval-file.js'
import { parseVerdict, rubricMessages, runCases } from '../evaluate/runner.js'
import { pct, summarize, type EvalSummary } from '../evaluate/summary.js'
import { code } from '../report/escape.js'
import { confineInput } from '../workspace.js'
import { evalMarkdown } from '../report/eval-markdown.js'
import type { Settings } from '../settings.js'

export interface EvaluationResult {
  summary: EvalSummary
  markdown: string
  reportPath: string
}

/** Reads and checks the eval file; its errors stop the evaluation before any request is made. */
export async function loadEvalFile(file: string): Promise<EvalFile> {
  await confineInput(file, 'eval-file')
  const evalFile = await readEvalFile(file).catch((error: unknown) => {
    throw new InputError(`eval-file: cannot read ${file}: ${messageOf(error)}`)
  })
  annotate(evalFile.findings)
  logData(
    evalFile.findings
      .slice(0, 50)
      .map(f => `${f.severity} ${f.file}:${f.line ?? '-'} ${f.code} ${f.message}`)
      .join('\n'),
  )
  return evalFile
}

/**
 * The eval file, read and checked, or an InputError: the eval set of a train run is checked before anything is
 * uploaded, so that a broken one never comes to light after the job is paid for.
 */
export async function checkedEvalFile(settings: Settings): Promise<EvalFile> {
  const evalFile = await loadEvalFile(settings.eval.file!)
  if (evalFile.errors > 0)
    throw new InputError(
      `The eval file ${evalFile.path} has ${evalFile.errors} error(s); see the annotations. No model was called.`,
    )
  const needsGrader = evalFile.cases.some(c => c.checks.some(k => k.base === 'llm-rubric'))
  if (needsGrader && !settings.eval.graderModel)
    throw new InputError(
      'The eval file has llm-rubric checks: set eval-grader-model to the (pinned) model that grades them.',
    )
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
  checked?: EvalFile,
): Promise<EvaluationResult | undefined> {
  const evalFile = checked ?? (await checkedEvalFile(settings))
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
  const sampling: Sampling = { temperature: 0, seed: settings.eval.seed, maxTokens: settings.eval.maxTokens }
  logData(
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
  const log = tenthsLogger()
  // Models that answered without a temperature, and why: said once in the log, and in both reports.
  const withoutTemperature = new Map<string, 'model' | 'refused'>()
  const chat = async (model: string, messages: Record<string, unknown>[], s: Sampling) => {
    const answer = await backend.chat(served.get(model)!, messages, s)
    if (answer.temperatureOmitted && !withoutTemperature.has(model)) {
      withoutTemperature.set(model, answer.temperatureOmitted)
      core.info(
        answer.temperatureOmitted === 'model'
          ? `${model} takes no temperature (OpenAI's reasoning models): its requests go without one.`
          : `The server refused temperature 0 for ${model} (unsupported_value): its requests go without one.`,
      )
    }
    return answer
  }
  let results
  try {
    // Served inside the try: a model that fails to deploy still releases those set up before it.
    for (const model of needed) {
      if (served.has(model)) continue
      const s = await backend.serve(model)
      served.set(model, s.name)
      releases.push(() => s.release())
      if (model === evaluated && s.deployment) setOutputs({ 'deployment-name': s.deployment })
    }
    results = await runCases(evalFile.cases, models, {
      concurrency: settings.eval.concurrency,
      ask: (model, messages) => chat(model, messages, sampling),
      grade: grader
        ? async (rubric, evalCase, answer) =>
            parseVerdict(
              (
                await chat(grader, rubricMessages(rubric, evalCase, answer), {
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
    logData(`${m.model}: pass rate ${pct(m.passRate)} (${m.passed} passed, ${m.failed} failed, ${m.errored} errors)`)
  for (const c of summary.comparisons)
    logData(
      `against ${c.baseline}: ${c.regressions.length} regressions, ${c.fixes.length} fixes, ${c.bothPass} both pass, ${c.bothFail} both fail`,
    )

  const cases = evalFile.cases.map(c => ({
    id: c.id,
    tags: c.tags,
    results: Object.fromEntries(models.map(m => [m, results.get(m)!.get(c.id)])),
  }))
  const temperatureNote = [...withoutTemperature].map(([model, why]) => ({ model, why }))
  const reportPath = await writeJsonReport(
    settings.eval.reportFile,
    'eval-report.json',
    { ...summary, ...(temperatureNote.length > 0 && { withoutTemperature: temperatureNote }), cases },
    { input: 'eval-report-file', namedInputs: { 'eval-file': settings.eval.file, 'grader-file': settings.graderFile } },
  )
  const me = summary.models.find(m => m.model === evaluated)!
  const rate = (r: number) => String(Math.round(r * 10_000) / 10_000)
  setOutputs({
    'eval-pass-rate': rate(me.passRate),
    'eval-passed': String(summary.gates.passed),
    'eval-results': JSON.stringify(Object.fromEntries(summary.models.map(m => [m.model, Number(rate(m.passRate))]))),
    'eval-report-path': reportPath,
  })
  const note =
    temperatureNote.length > 0
      ? `\n> Sent without \`temperature\` (the model takes only its default, so its answers may vary between runs): ${temperatureNote
          .map(n => `${code(n.model)}${n.why === 'refused' ? ' (the server refused temperature 0)' : ''}`)
          .join(', ')}.\n`
      : ''
  return { summary, markdown: `${evalMarkdown(summary, evalFile.cases, results)}${note}`, reportPath }
}
