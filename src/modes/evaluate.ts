import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type OpenAI from 'openai'
import { complete, type Sampling } from '../backend/chat.js'
import { createClient } from '../backend/client.js'
import { InputError } from '../errors.js'
import { readEvalFile, type EvalFile } from '../evaluate/eval-file.js'
import { parseVerdict, rubricMessages, runCases } from '../evaluate/runner.js'
import { pct, summarize, type EvalSummary } from '../evaluate/summary.js'
import { evalMarkdown } from '../report/eval-markdown.js'
import type { Settings } from '../settings.js'
import { annotate, writeSummary } from './dataset-step.js'

export interface EvaluationResult {
  summary: EvalSummary
  markdown: string
  reportPath: string
}

/** Reads and checks the eval file; its errors stop the evaluation before any request is made. */
export async function loadEvalFile(file: string): Promise<EvalFile> {
  const evalFile = await readEvalFile(file).catch(error => {
    throw new InputError(`eval-file: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  })
  annotate(evalFile.findings)
  for (const f of evalFile.findings.slice(0, 50)) core.info(`${f.severity} ${f.file}:${f.line ?? '-'} ${f.code} ${f.message}`)
  return evalFile
}

/**
 * Runs the eval set on the evaluated model and every comparison model with identical sampling (temperature 0, the
 * same seed and token limit), then pairs the results by case id. Outputs and the JSON report are written here; the
 * caller decides where the Markdown goes, and fails the step on the gates after posting it.
 */
export async function runEvaluation(settings: Settings, client: OpenAI, evaluated: string, baseModel: string | undefined): Promise<EvaluationResult> {
  const evalFile = await loadEvalFile(settings.eval.file!)
  if (evalFile.errors > 0) throw new InputError(`The eval file ${evalFile.path} has ${evalFile.errors} error(s); see the annotations. No model was called.`)
  const compare = settings.eval.compareModels.map(m => {
    if (m !== 'base') return m
    if (!baseModel) throw new InputError("eval-compare-models: 'base' means the job's base model, and there is no job here (give job-id, or name the model)")
    return baseModel
  })
  const models = [evaluated, ...compare.filter((m, i) => m !== evaluated && compare.indexOf(m) === i)]
  const needsGrader = evalFile.cases.some(c => c.checks.some(k => k.base === 'llm-rubric'))
  if (needsGrader && !settings.eval.graderModel) throw new InputError('The eval file has llm-rubric checks: set eval-grader-model to the (pinned) model that grades them.')
  const sampling: Sampling = { temperature: 0, seed: settings.eval.seed, maxTokens: settings.eval.maxTokens }
  core.info(`Evaluating ${models.join(', ')} on ${evalFile.cases.length} cases (concurrency ${settings.eval.concurrency}, temperature 0, seed ${settings.eval.seed ?? 'none'})`)
  let lastTenth = -1
  const results = await runCases(evalFile.cases, models, {
    concurrency: settings.eval.concurrency,
    ask: (model, messages) => complete(client, model, messages, sampling),
    grade: settings.eval.graderModel
      ? async (rubric, evalCase, answer) => parseVerdict((await complete(client, settings.eval.graderModel!, rubricMessages(rubric, evalCase, answer), { ...sampling, maxTokens: 200 })).text)
      : undefined,
    onProgress: (done, total) => {
      const tenth = Math.floor((done / total) * 10)
      if (tenth !== lastTenth) core.info(`evaluation: ${done}/${total} answers`)
      lastTenth = tenth
    },
  })
  const summary = summarize(evalFile.cases, evaluated, results, { minPassRate: settings.eval.minPassRate, maxRegressions: settings.eval.maxRegressions })
  for (const m of summary.models) core.info(`${m.model}: pass rate ${pct(m.passRate)} (${m.passed} passed, ${m.failed} failed, ${m.errored} errors)`)
  for (const c of summary.comparisons) core.info(`against ${c.baseline}: ${c.regressions.length} regressions, ${c.fixes.length} fixes, ${c.bothPass} both pass, ${c.bothFail} both fail`)

  const reportPath = path.resolve(settings.eval.reportFile ?? path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fine-tune-action', 'eval-report.json'))
  await mkdir(path.dirname(reportPath), { recursive: true })
  const cases = evalFile.cases.map(c => ({ id: c.id, tags: c.tags, results: Object.fromEntries(models.map(m => [m, results.get(m)!.get(c.id)])) }))
  await writeFile(reportPath, `${JSON.stringify({ ...summary, cases }, null, 2)}\n`)
  const me = summary.models.find(m => m.model === evaluated)!
  core.setOutput('eval-pass-rate', String(Math.round(me.passRate * 10_000) / 10_000))
  core.setOutput('eval-passed', String(summary.gates.passed))
  core.setOutput('eval-results', JSON.stringify(Object.fromEntries(summary.models.map(m => [m.model, Math.round(m.passRate * 10_000) / 10_000]))))
  core.setOutput('eval-report-path', reportPath)
  return { summary, markdown: evalMarkdown(summary, evalFile.cases, results), reportPath }
}

/** Evaluate mode: a fine-tune (eval-model, or job-id's model) against the comparison models, e.g. on a schedule. */
export async function evaluate(settings: Settings): Promise<void> {
  if (!settings.openai.apiKey) throw new InputError("mode 'evaluate' needs openai-api-key: pass it from a secret")
  if (!settings.eval.file) throw new InputError("mode 'evaluate' needs eval-file: a JSONL file of cases")
  const client = createClient(settings.openai)
  let model = settings.eval.model
  let base: string | undefined
  if (settings.jobId) {
    const job = await client.fineTuning.jobs.retrieve(settings.jobId)
    base = job.model
    model ??= job.fine_tuned_model ?? undefined
    if (!model) throw new InputError(`job ${job.id} is ${job.status} and has no fine-tuned model yet`)
  }
  if (!model) throw new InputError("mode 'evaluate' needs eval-model (or job-id of a finished job)")
  const result = await runEvaluation(settings, client, model, base)
  await writeSummary(result.markdown)
  if (!result.summary.gates.passed) core.setFailed(`Evaluation gate failed: ${result.summary.gates.failures.join('; ')}.`)
}
