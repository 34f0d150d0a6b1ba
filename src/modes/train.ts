import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type OpenAI from 'openai'
import type { FineTuningJob, JobCreateParams } from 'openai/resources/fine-tuning/jobs/jobs'
import type { FineTuningJobCheckpoint } from 'openai/resources/fine-tuning/jobs/checkpoints'
import { createClient, isOpenAIBackend } from '../backend/client.js'
import { fileSha256, uploadOnce } from '../backend/files.js'
import { shutdownDateFromServer } from '../backend/models.js'
import { cancelJob, createJobOnce, describeEvent, findJobByKey, metricOf, TRAINING_KEY, waitForJob, type Metric } from '../backend/jobs.js'
import { analyzeDataset, type DatasetReport } from '../dataset/analyze-dataset.js'
import { InputError, messageOf } from '../errors.js'
import { alternativeCosts } from '../estimate/alternatives.js'
import { costUsd, trainingPrice } from '../estimate/cost.js'
import { resolveModel } from '../estimate/models.js'
import { retirementNotices, type RetirementNotice } from '../estimate/retirement.js'
import { createOctokit } from '../github/octokit.js'
import { mergedPullRequest, writePullRequestComment, type CommentTarget } from '../github/sticky-comment.js'
import { plural } from '../report/format.js'
import { COMMENT_MAX_CHARS, markdownReport, SUMMARY_MAX_CHARS } from '../report/markdown.js'
import { textReport } from '../report/text.js'
import { trainingMarkdown, type TrainingView } from '../report/training.js'
import { resolveFiles } from '../resolve-files.js'
import type { Settings } from '../settings.js'
import { trainingKey } from '../train/training-key.js'
import { annotate, engineOptions, publishReport, writeSummary } from './dataset-step.js'
import { runEvaluation } from './evaluate.js'

const METHOD_OF_FORMAT = { chat: 'supervised', preference: 'dpo', reinforcement: 'reinforcement', completion: 'supervised' } as const

/**
 * Train mode: validate and price the data, refuse when it is not fit or over budget, upload it once, create the
 * job once (or follow the one that already exists for this data and recipe), wait for it while streaming its
 * events, and hand over the model id.
 */
export async function train(settings: Settings, workerScript?: URL): Promise<void> {
  if (!settings.openai.apiKey) throw new InputError("mode 'train' needs openai-api-key: pass it from a secret, e.g. openai-api-key: ${{ secrets.OPENAI_API_KEY }}")
  const client = createClient(settings.openai)
  const octokit = settings.githubToken ? createOctokit(settings.githubToken) : undefined
  const pr = octokit ? await mergedPullRequest(octokit).catch(() => undefined) : undefined
  const target: CommentTarget | undefined = pr && octokit && settings.comment ? { octokit, owner: pr.owner, repo: pr.repo, number: pr.number, key: settings.commentKey, fromFork: false } : undefined

  let report: DatasetReport | undefined
  let job: FineTuningJob
  let attached = false
  if (settings.jobId) {
    job = await client.fineTuning.jobs.retrieve(settings.jobId)
    attached = true
    core.info(`Following fine-tuning job ${job.id} (${job.status}), as job-id asks.`)
  } else {
    report = await checkData(settings, client, workerScript)
    ;({ job, attached } = await startJob(settings, client, report))
  }
  const model = resolveModel(job.model)
  const price = trainingPrice(model, settings.pricePerMillion)
  core.setOutput('job-id', job.id)
  core.setOutput('training-file-id', job.training_file)
  core.setOutput('validation-file-id', job.validation_file ?? '')
  core.setOutput('job-status', job.status)

  const header = report ? `${markdownReport(report, {}, COMMENT_MAX_CHARS / 2)}\n` : ''
  const view: TrainingView = { job, outcome: 'created', actualCostUsd: null, metrics: [], checkpoints: [], attached }
  if (target) await writePullRequestComment(target, `${header}${trainingMarkdown(view)}`)
  if (!settings.wait) {
    core.info(`Job ${job.id} is ${job.status}; not waiting (wait: false).`)
    await writeSummary(trainingMarkdown(view))
    return
  }

  const waited = await follow(client, job, settings)
  view.job = waited.job
  view.outcome = waited.outcome
  view.metrics = waited.metrics
  view.checkpoints = await checkpoints(client, waited.job)
  view.actualCostUsd = waited.job.trained_tokens ? costUsd(waited.job.trained_tokens, price) : null
  publishJob(view)
  // The evaluation comes before the gates and the comment, so that both show it; its gates fail the step last.
  const evaluation = view.job.status === 'succeeded' && settings.eval.file ? await runEvaluation(settings, client, view.job.fine_tuned_model!, view.job.model) : undefined
  const evalText = evaluation ? `\n${evaluation.markdown}` : ''
  await writeSummary(`${trainingMarkdown(view)}${evalText}\n${report ? markdownReport(report, {}, SUMMARY_MAX_CHARS / 2) : ''}`)
  if (target) await writePullRequestComment(target, `${header}${trainingMarkdown(view)}${evalText}`.slice(0, COMMENT_MAX_CHARS - 200))

  const j = view.job
  if (waited.outcome === 'timed-out') {
    core.setFailed(`Stopped waiting after ${settings.timeoutMinutes} minutes (timeout-minutes); job ${j.id} is still ${j.status}. Follow it later with job-id: ${j.id}.`)
  } else if (waited.outcome === 'aborted') {
    core.setFailed(`The run was cancelled; job ${j.id} ${settings.cancelOnAbort ? 'was cancelled too (cancel-on-abort)' : `keeps running: follow it later with job-id: ${j.id}`}.`)
  } else if (j.status === 'failed') {
    const e = j.error
    core.setFailed(`Fine-tuning job ${j.id} failed: ${e?.code ?? 'unknown'}: ${e?.message ?? 'no message'}${e?.param ? ` (parameter: ${e.param})` : ''}`)
  } else if (j.status === 'cancelled') {
    core.setFailed(`Fine-tuning job ${j.id} was cancelled.`)
  } else {
    core.info(`Fine-tuned model: ${j.fine_tuned_model}`)
    if (evaluation && !evaluation.summary.gates.passed) core.setFailed(`Evaluation gate failed for ${j.fine_tuned_model}: ${evaluation.summary.gates.failures.join('; ')}.`)
  }
}

/** The data must be fit to train on before anything is spent: no errors, within budget, a model that still exists. */
async function checkData(settings: Settings, client: OpenAI, workerScript: URL | undefined): Promise<DatasetReport> {
  const training = await resolveFiles(settings.trainingFile, 'training', 'training-file')
  const validation = await resolveFiles(settings.validationFile, 'validation', 'validation-file')
  if (training.length !== 1) throw new InputError(`training-file: a job trains on one file, and ${training.length} match (${training.map(f => f.path).join(', ')})`)
  if (validation.length > 1) throw new InputError(`validation-file: a job takes one validation file, and ${validation.length} match`)
  const report = await analyzeDataset([...training, ...validation], engineOptions(settings, workerScript))
  core.info(textReport(report))
  annotate(report.files.flatMap(f => f.findings))
  await publishReport(report, settings.reportFile)
  for (const notice of await notices(settings, client)) core.warning(notice.message, { title: 'Model retirement' })

  const t = report.totals
  if (t.errors > 0) throw new InputError(`Refusing to train: the data has ${plural(t.errors, 'error')} (see the annotations). Nothing was uploaded.`)
  if (settings.maxCost !== undefined && t.estimatedCostUsd !== null && t.estimatedCostUsd > settings.maxCost) {
    throw new InputError(`Refusing to train: the estimated cost $${t.estimatedCostUsd} is over max-cost $${settings.maxCost}. Nothing was uploaded.`)
  }
  const cheaper = alternativeCosts(report).filter(a => t.estimatedCostUsd !== null && a.costUsd < t.estimatedCostUsd)
  if (cheaper.length > 0) core.info(`The same data would cost ${cheaper.map(a => `$${a.costUsd} on ${a.model}`).join(', ')}.`)
  return report
}

/** Shutdown dates: the server's `shutdown_date` for the model wins over the built-in table. */
async function notices(settings: Settings, client: OpenAI): Promise<RetirementNotice[]> {
  const model = resolveModel(settings.model)
  const shutdownDate = await shutdownDateFromServer(client, model.base)
  return retirementNotices(model, new Date(), { shutdownDate, openaiBackend: isOpenAIBackend(settings.openai.baseUrl) })
}

async function startJob(settings: Settings, client: OpenAI, report: DatasetReport): Promise<{ job: FineTuningJob; attached: boolean }> {
  const trainingFile = report.files.find(f => f.role === 'training')!
  const validationFile = report.files.find(f => f.role === 'validation')
  const method = settings.method === 'auto' ? METHOD_OF_FORMAT[trainingFile.format] : settings.method
  const grader = method === 'reinforcement' ? await readGrader(settings.graderFile) : undefined
  const hyperparameters = {
    n_epochs: settings.nEpochs,
    batch_size: settings.hyperparameters.batchSize,
    learning_rate_multiplier: settings.hyperparameters.learningRateMultiplier,
    ...(method === 'dpo' && { beta: settings.hyperparameters.beta }),
  }
  const trainingSha = await fileSha256(trainingFile.path)
  const validationSha = validationFile ? await fileSha256(validationFile.path) : undefined
  const key = trainingKey({
    trainingSha256: trainingSha,
    validationSha256: validationSha,
    model: settings.model,
    method,
    hyperparameters,
    graderSha256: grader?.sha256,
    suffix: settings.suffix,
    seed: settings.seed,
  })
  core.info(`Training key ${key} (data, base model, method and hyperparameters)`)

  if (!settings.force) {
    const existing = await findJobByKey(client, key)
    if (existing) {
      core.info(`Job ${existing.id} (${existing.status}) already trains this data with this recipe: following it instead of starting another (force: true would start a new one).`)
      return { job: existing, attached: true }
    }
  }
  const training = await uploadOnce(client, trainingFile.path, `train-${trainingSha.slice(0, 12)}.jsonl`)
  const validation = validationFile ? await uploadOnce(client, validationFile.path, `validation-${validationSha!.slice(0, 12)}.jsonl`) : undefined
  const body: JobCreateParams = {
    model: settings.model,
    training_file: training.id,
    ...(validation && { validation_file: validation.id }),
    ...(settings.suffix && { suffix: settings.suffix }),
    ...(settings.seed !== undefined && { seed: settings.seed }),
    method: { type: method, [method]: { hyperparameters: withoutUndefined(hyperparameters), ...(grader && { grader: grader.value }) } } as JobCreateParams['method'],
    metadata: jobMetadata(key),
  }
  const job = await createJobOnce(client, body, key)
  core.info(`Created fine-tuning job ${job.id} (${job.status}).`)
  return { job, attached: false }
}

/** Where the job came from, for people reading the dashboard, and the key that makes creating it idempotent. */
function jobMetadata(key: string): Record<string, string> {
  const env = process.env
  const meta: Record<string, string> = { [TRAINING_KEY]: key }
  if (env.GITHUB_REPOSITORY) meta.repository = env.GITHUB_REPOSITORY.slice(0, 512)
  if (env.GITHUB_SHA) meta.commit = env.GITHUB_SHA
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) meta.workflow_run = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`.slice(0, 512)
  return meta
}

async function readGrader(file: string | undefined): Promise<{ value: unknown; sha256: string }> {
  if (!file) throw new InputError('A reinforcement job needs a grader: set grader-file to a JSON file with the grader definition.')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`grader-file: cannot read ${file}: ${messageOf(error)}`)
  }
  try {
    return { value: JSON.parse(text), sha256: createHash('sha256').update(text).digest('hex') }
  } catch (error) {
    throw new InputError(`grader-file: ${file} is not valid JSON: ${messageOf(error)}`)
  }
}

/**
 * Waits for the job, printing its events. When the runner cancels the run (SIGINT, then SIGTERM), the job keeps
 * running unless cancel-on-abort says otherwise: what is already paid for is not thrown away.
 */
async function follow(client: OpenAI, job: FineTuningJob, settings: Settings): Promise<{ job: FineTuningJob; outcome: TrainingView['outcome']; metrics: Metric[] }> {
  const abort = new AbortController()
  const onSignal = (signal: string) => {
    core.info(`Received ${signal}: the run is being cancelled.`)
    abort.abort()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const metrics: Metric[] = []
  let lastStatus: string = job.status
  let lastEstimate: number | null | undefined
  try {
    const waited = await waitForJob(client, job.id, {
      pollSeconds: settings.pollInterval,
      deadline: Date.now() + settings.timeoutMinutes * 60_000,
      signal: abort.signal,
      onPoll: polled => {
        if (polled.status !== lastStatus) core.info(`Job ${polled.id}: ${lastStatus} → ${(lastStatus = polled.status)}`)
        if (polled.estimated_finish && polled.estimated_finish !== lastEstimate && !polled.finished_at) {
          lastEstimate = polled.estimated_finish
          core.info(`Estimated finish: ${new Date(polled.estimated_finish * 1000).toISOString()}`)
        }
      },
      onEvent: event => {
        const metric = metricOf(event)
        if (metric) metrics.push(metric)
        const total = (event.data as { total_steps?: number } | undefined)?.total_steps
        core.info(`${new Date(event.created_at * 1000).toISOString()} ${describeEvent(event, total)}`)
      },
    })
    if (waited.outcome === 'aborted') {
      if (settings.cancelOnAbort) await cancelJob(client, job.id).catch(e => core.warning(`Could not cancel ${job.id}: ${messageOf(e)}`))
      else core.info(`Job ${job.id} keeps running; follow it later with job-id: ${job.id}`)
    }
    return { ...waited, metrics }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function checkpoints(client: OpenAI, job: FineTuningJob): Promise<FineTuningJobCheckpoint[]> {
  if (job.status !== 'succeeded') return []
  const out: FineTuningJobCheckpoint[] = []
  try {
    for await (const c of client.fineTuning.jobs.checkpoints.list(job.id, { limit: 20 })) out.push(c)
  } catch (error) {
    core.info(`Checkpoints not available: ${messageOf(error)}`)
  }
  return out.sort((a, b) => a.step_number - b.step_number)
}

function publishJob(view: TrainingView): void {
  const j = view.job
  core.setOutput('job-status', j.status)
  core.setOutput('model-id', j.fine_tuned_model ?? '')
  core.setOutput('trained-tokens', j.trained_tokens ? String(j.trained_tokens) : '')
  core.setOutput('actual-cost', view.actualCostUsd === null ? '' : String(view.actualCostUsd))
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

