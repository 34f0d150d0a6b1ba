import * as core from '@actions/core'
import { logData, setOutputs, writeSummary } from '../action-io.js'
import { createBackend, type FineTuningBackend, type TrainingJob } from '../backend/index.js'
import type { DatasetReport } from '../dataset/analyze-dataset.js'
import { InputError, serverMessage } from '../errors.js'
import { alternativeCosts } from '../estimate/alternatives.js'
import { costUsd, trainingPrice } from '../estimate/cost.js'
import { resolveModel } from '../estimate/models.js'
import { createOctokit } from '../github/octokit.js'
import { mergedPullRequest, writePullRequestComment, type CommentTarget } from '../github/sticky-comment.js'
import { plural } from '../report/format.js'
import { COMMENT_MAX_CHARS, markdownReport, SUMMARY_MAX_CHARS } from '../report/markdown.js'
import { trainingMarkdown, type TrainingView } from '../report/training.js'
import type { Settings } from '../settings.js'
import { checkDataset, datasetFiles, engineOptions, publishDatasetReport } from '../steps/check-dataset.js'
import { checkedEvalFile, runEvaluation } from '../steps/evaluation.js'
import { finishedCheckpoints, followJob } from '../steps/follow-job.js'
import { readGrader, type Grader } from '../steps/grader.js'
import { modelRetirement } from '../steps/retirement.js'
import { snapshotFiles, type Snapshot } from '../steps/snapshot.js'
import { startJob } from '../steps/start-job.js'
import { WaitLimits } from '../steps/wait-limits.js'

/**
 * Train mode: validate and price the data, refuse when it is not fit or over budget, upload it once, create the
 * job once (or follow the one that already exists for this data and recipe), wait for it while streaming its
 * events, and hand over the model id.
 */
export async function train(settings: Settings, workerScript?: URL): Promise<void> {
  // Azure OpenAI without a key authenticates with Microsoft Entra ID (azure/login).
  if (!settings.backend.apiKey && settings.backend.provider !== 'azure')
    throw new InputError(
      "mode 'train' needs api-key (or openai-api-key): pass it from a secret, e.g. api-key: ${{ secrets.OPENAI_API_KEY }}",
    )
  const backend = createBackend(settings.backend)
  const octokit = settings.githubToken ? createOctokit(settings.githubToken) : undefined
  const pr = octokit ? await mergedPullRequest(octokit).catch(() => undefined) : undefined
  const target: CommentTarget | undefined =
    pr && octokit && settings.comment
      ? { octokit, owner: pr.owner, repo: pr.repo, number: pr.number, key: settings.commentKey, fromFork: false }
      : undefined

  // The eval set is checked before anything is paid for: a broken one would otherwise surface after training.
  const evalFile = settings.eval.file ? await checkedEvalFile(settings) : undefined
  let report: DatasetReport | undefined
  let checked: Awaited<ReturnType<typeof checkData>> | undefined
  let grader: Grader | undefined
  if (!settings.jobId) {
    grader = settings.graderFile ? await readGrader(settings.graderFile) : undefined
    checked = await checkData(settings, backend, workerScript, grader)
    report = checked.report
  }
  // From here on the run waits on the provider (the files' processing, then the job): timeout-minutes and the first
  // signal bound every wait, and a signal no longer ends the process mid-call.
  const limits = new WaitLimits(settings.timeoutMinutes)
  let job: TrainingJob
  let attached = false
  let waited: Awaited<ReturnType<typeof followJob>>
  const header = report ? `${markdownReport(report, {}, COMMENT_MAX_CHARS / 2)}\n` : ''
  let view: TrainingView
  try {
    if (checked) {
      ;({ job, attached } = await startJob(settings, backend, checked.report, grader, checked.snapshots, limits))
    } else {
      const jobId = settings.jobId!
      job = await backend.getJob(jobId, limits.signal).catch((error: unknown) => {
        limits.checkBefore(`following job ${jobId}`)
        throw error
      })
      attached = true
      logData(`Following fine-tuning job ${job.id} (${job.status}), as job-id asks.`)
    }
    setOutputs({
      'job-id': job.id,
      'training-file-id': job.trainingFile,
      'validation-file-id': job.validationFile ?? '',
      'job-status': job.providerStatus ?? job.status,
    })

    view = { job, outcome: 'created', actualCostUsd: null, metrics: [], checkpoints: [], attached }
    if (target) await writePullRequestComment(target, `${header}${trainingMarkdown(view)}`)
    if (!settings.wait) {
      logData(`Job ${job.id} is ${job.status}; not waiting (wait: false).`)
      await writeSummary(trainingMarkdown(view))
      return
    }
    waited = await followJob(backend, job, settings, limits)
  } finally {
    limits.dispose()
  }
  const price = trainingPrice(resolveModel(job.baseModel), settings.pricePerMillion)
  view.job = waited.job
  view.outcome = waited.outcome
  view.metrics = waited.metrics
  view.checkpoints = await finishedCheckpoints(backend, waited.job)
  view.actualCostUsd =
    waited.job.billedUsd ?? (waited.job.trainedTokens ? costUsd(waited.job.trainedTokens, price) : null)
  const j = view.job
  setOutputs({
    'job-status': j.providerStatus ?? j.status,
    'model-id': j.fineTunedModel ?? '',
    'trained-tokens': j.trainedTokens ? String(j.trainedTokens) : '',
    'actual-cost': view.actualCostUsd === null ? '' : String(view.actualCostUsd),
  })
  // The evaluation comes before the gates and the comment, so that both show it; its gates fail the step last.
  const evaluation =
    j.status === 'succeeded' && settings.eval.file
      ? await runEvaluation(settings, backend, j.fineTunedModel!, j.baseModel, evalFile)
      : undefined
  const evalText = evaluation ? `\n${evaluation.markdown}` : ''
  await writeSummary(
    `${trainingMarkdown(view)}${evalText}\n${report ? markdownReport(report, {}, SUMMARY_MAX_CHARS / 2) : ''}`,
  )
  if (target)
    await writePullRequestComment(
      target,
      `${header}${trainingMarkdown(view)}${evalText}`.slice(0, COMMENT_MAX_CHARS - 200),
    )

  if (waited.outcome === 'timed-out') {
    core.setFailed(
      `Stopped waiting after ${settings.timeoutMinutes} minutes (timeout-minutes); job ${j.id} is still ${j.status}. Follow it later with job-id: ${j.id}.`,
    )
  } else if (waited.outcome === 'aborted') {
    core.setFailed(
      `The run was cancelled; job ${j.id} ${settings.cancelOnAbort ? 'was cancelled too (cancel-on-abort)' : `keeps running: follow it later with job-id: ${j.id}`}.`,
    )
  } else if (j.status === 'failed') {
    const e = j.error
    core.setFailed(
      `Fine-tuning job ${j.id} failed: ${e?.code ?? 'unknown'}: ${e ? serverMessage(e.message) : 'no message'}${e?.param ? ` (parameter: ${e.param})` : ''}`,
    )
  } else if (j.status === 'cancelled') {
    core.setFailed(`Fine-tuning job ${j.id} was cancelled.`)
  } else {
    logData(`Fine-tuned model: ${j.fineTunedModel}`)
    if (evaluation && !evaluation.summary.gates.passed)
      core.setFailed(`Evaluation gate failed for ${j.fineTunedModel}: ${evaluation.summary.gates.failures.join('; ')}.`)
  }
}

/**
 * The data must be fit to train on before anything is spent: no errors, within a budget that can be checked, a
 * model that still exists. It is validated from snapshots, which are what gets uploaded.
 */
async function checkData(
  settings: Settings,
  backend: FineTuningBackend,
  workerScript: URL | undefined,
  grader: Grader | undefined,
): Promise<{ report: DatasetReport; snapshots: Map<string, Snapshot> }> {
  const { training, validation } = await datasetFiles(settings)
  if (training.length !== 1)
    throw new InputError(
      `training-file: a job trains on one file, and ${training.length} match (${training.map(f => f.path).join(', ')})`,
    )
  if (validation.length > 1)
    throw new InputError(`validation-file: a job takes one validation file, and ${validation.length} match`)
  const files = [...training, ...validation]
  const snapshots = await snapshotFiles(files)
  const report = await checkDataset(
    files.map(f => ({ ...f, readFrom: snapshots.get(f.path)!.copy })),
    engineOptions(settings, workerScript, grader),
  )
  await publishDatasetReport(report, settings)
  const notices = await modelRetirement(settings.model, {
    backend,
    isOpenAI: backend.isOpenAI,
    provider: settings.backend.provider,
  })

  const t = report.totals
  if (t.errors > 0)
    throw new InputError(
      `Refusing to train: the data has ${plural(t.errors, 'error')} (see the annotations). Nothing was uploaded.`,
    )
  // Unless the provider prices the job itself before it is created (steps/provider-estimate.ts), a budget with no
  // known price cannot be kept.
  if (settings.maxCost !== undefined && t.estimatedCostUsd === null && !backend.estimateCostUsd)
    throw new InputError(
      `Refusing to train: max-cost is $${settings.maxCost}, but the price of ${settings.model} is unknown, so the cost cannot be checked against it. Set price-per-million-tokens to the provider's price per million training tokens (or remove max-cost). Nothing was uploaded.`,
    )
  if (settings.maxCost !== undefined && t.estimatedCostUsd !== null && t.estimatedCostUsd > settings.maxCost) {
    throw new InputError(
      `Refusing to train: the estimated cost $${t.estimatedCostUsd} is over max-cost $${settings.maxCost}. Nothing was uploaded.`,
    )
  }
  const shutDown = notices.find(n => n.kind === 'model-shutdown' && n.days < 0)
  if (shutDown)
    throw new InputError(
      `Refusing to train: ${settings.model} was shut down on ${shutDown.date}, so a job on it cannot deliver a model that answers. Choose a current model. Nothing was uploaded.`,
    )
  const cheaper = alternativeCosts(report).filter(a => t.estimatedCostUsd !== null && a.costUsd < t.estimatedCostUsd)
  if (cheaper.length > 0)
    core.info(`The same data would cost ${cheaper.map(a => `$${a.costUsd} on ${a.model}`).join(', ')}.`)
  return { report, snapshots }
}
