import * as core from '@actions/core'
import { logData } from '../action-io.js'
import type { FineTuningBackend, Hyperparameters, JobRequest, TrainingJob } from '../backend/index.js'
import { trainingKey } from '../backend/training-key.js'
import { UploadMismatchError } from '../backend/upload-check.js'
import type { DatasetReport } from '../dataset/analyze-dataset.js'
import { METHOD_OF_FORMAT } from '../dataset/formats.js'
import { InputError } from '../errors.js'
import type { Settings } from '../settings.js'
import type { Grader } from './grader.js'
import type { Snapshot } from './snapshot.js'
import type { WaitLimits } from './wait-limits.js'
import { checkProviderEstimate } from './provider-estimate.js'

/**
 * Uploads the checked data once and creates the job once, or follows the job that already trains this data with
 * this recipe (found by its training key), unless `force` asks for a new one. Key and uploads come from the
 * snapshots the data was validated from, so the job trains on exactly the bytes that were checked.
 */
export async function startJob(
  settings: Settings,
  backend: FineTuningBackend,
  report: DatasetReport,
  graderFile: Grader | undefined,
  snapshots: ReadonlyMap<string, Snapshot>,
  limits: WaitLimits,
): Promise<{ job: TrainingJob; attached: boolean }> {
  const trainingFile = report.files.find(f => f.role === 'training')!
  const validationFile = report.files.find(f => f.role === 'validation')
  const training = snapshots.get(trainingFile.path)!
  const validation = validationFile ? snapshots.get(validationFile.path)! : undefined
  const method = settings.method === 'auto' ? METHOD_OF_FORMAT[trainingFile.format] : settings.method
  if (method === 'reinforcement' && !graderFile)
    throw new InputError(
      'A reinforcement job needs a grader: set grader-file to a JSON file with the grader definition.',
    )
  const grader = method === 'reinforcement' ? graderFile : undefined
  const hp = settings.hyperparameters
  const hyperparameters: Hyperparameters = {
    nEpochs: settings.nEpochs,
    batchSize: hp.batchSize,
    learningRateMultiplier: hp.learningRateMultiplier,
    beta: method === 'dpo' ? hp.beta : undefined,
    learningRate: hp.learningRate,
    trainingType: hp.trainingType,
    loraRank: hp.loraRank,
  }
  const key = trainingKey({
    trainingSha256: training.sha256,
    validationSha256: validation?.sha256,
    model: settings.model,
    method,
    hyperparameters: {
      n_epochs: hyperparameters.nEpochs,
      batch_size: hyperparameters.batchSize,
      learning_rate_multiplier: hyperparameters.learningRateMultiplier,
      beta: hyperparameters.beta,
      // Together's knobs; undefined (OpenAI) leaves the key as it was.
      learning_rate: hyperparameters.learningRate,
      training_type:
        hyperparameters.trainingType === undefined ? undefined : hyperparameters.trainingType === 'full' ? 1 : 0,
      lora_rank: hyperparameters.loraRank,
    },
    graderSha256: grader?.sha256,
    suffix: settings.suffix,
    seed: settings.seed,
  })
  core.info(`Training key ${key} (data, base model, method and hyperparameters)`)

  if (!settings.force) {
    const existing = await backend.findJob(key)
    if (existing) {
      logData(
        `Job ${existing.id} (${existing.status}) already trains this data with this recipe: following it instead of starting another (force: true would start a new one).`,
      )
      return { job: existing, attached: true }
    }
  }
  // Once the run is cancelled or out of time nothing more is spent: an upload already made is found by the next run.
  const upload = (s: Snapshot, name: string) => {
    const filename = `${name}-${s.sha256.slice(0, 12)}.jsonl`
    limits.checkBefore(`uploading ${filename}`)
    return backend.uploadOnce(s.copy, filename, s.sha256, limits.signal).catch((error: unknown) => {
      // The backend read the private snapshot; the user knows the file it was taken from.
      if (error instanceof UploadMismatchError) throw new UploadMismatchError(s.path, error.expected, error.actual)
      throw error
    })
  }
  const trainingUpload = await upload(training, 'train')
  const validationUpload = validation ? await upload(validation, 'validation') : undefined
  const request: JobRequest = {
    key,
    baseModel: settings.model,
    method,
    trainingFileId: trainingUpload.id,
    validationFileId: validationUpload?.id,
    hyperparameters,
    grader: grader?.value,
    suffix: settings.suffix,
    seed: settings.seed,
    labels: jobLabels(),
  }
  await checkProviderEstimate(backend, request, settings.maxCost)
  limits.checkBefore('creating the fine-tuning job (the uploaded files stay on the server for the next run)')
  const job = await backend.createJobOnce(request)
  logData(`Created fine-tuning job ${job.id} (${job.status}).`)
  return { job, attached: false }
}

/** Where the job came from, for people reading the provider's dashboard. */
function jobLabels(): Record<string, string> {
  const env = process.env
  const labels: Record<string, string> = {}
  if (env.GITHUB_REPOSITORY) labels.repository = env.GITHUB_REPOSITORY.slice(0, 512)
  if (env.GITHUB_SHA) labels.commit = env.GITHUB_SHA
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY)
    labels.workflow_run =
      `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`.slice(
        0,
        512,
      )
  return labels
}
