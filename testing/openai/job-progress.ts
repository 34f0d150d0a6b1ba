import type { Environment } from './environment.js'
import type { FileStore } from './files.js'
import { resolveHyperparameters } from './hyperparameters.js'
import { TERMINAL, type Plan, type StoredJob } from './job-record.js'
import type { ModelRegistry } from './models.js'
import { hashString } from './random.js'
import { TrainingCurve } from './training-curve.js'
import type { FineTuningJobEvent, JobError } from './types.js'

/**
 * The state machine that drives a job on the simulator's clock: validating_files → queued → running → succeeded (or
 * failed). It runs lazily: a job is brought up to the clock's present whenever it is read, with each event stamped
 * with the simulated second it happened in, so a test that advances the clock by an hour sees the hour's events at
 * once and no timer runs between requests.
 */
export class JobProgress {
  constructor(
    private readonly env: Environment,
    private readonly files: FileStore,
    private readonly models: ModelRegistry,
  ) {}

  advance(job: StoredJob, now: number): void {
    for (;;) {
      if (TERMINAL.has(job.status) || job.pausedAt !== undefined) return
      if (job.status === 'validating_files') {
        // Validation starts once the files are processed.
        const ready = [job.trainingFile, job.validationFile].map(id => (id ? (this.files.find(id)?.readyAt ?? 0) : 0))
        const end = Math.max(job.phaseStart, ...ready) + job.schedule.validatingSeconds
        if (now < end) return
        if (job.schedule.failure?.phase === 'validating_files') {
          this.fail(job, end)
          return
        }
        this.plan(job)
        job.status = 'queued'
        job.phaseStart = end
        job.estimatedFinish = end + job.schedule.queuedSeconds + job.schedule.runningSeconds
        this.event(job, end, 'Files validated, moving job to queued state')
      } else if (job.status === 'queued') {
        const end = job.phaseStart + job.schedule.queuedSeconds
        if (now < end) return
        job.status = 'running'
        job.phaseStart = end
        job.estimatedFinish = end + job.schedule.runningSeconds
        this.event(job, end, 'Fine-tuning job started')
      } else {
        this.run(job, now)
        return
      }
    }
  }

  /** Resolves the hyperparameters and lays out the steps, epochs and checkpoints. */
  private plan(job: StoredJob): void {
    const examples = Math.max(1, job.training.examples)
    job.resolved = resolveHyperparameters(job.requested, examples)
    const epochs = Number(job.resolved.n_epochs)
    const stepsPerEpoch = Math.ceil(examples / Number(job.resolved.batch_size))
    const totalSteps = stepsPerEpoch * epochs
    // OpenAI keeps a checkpoint for each of the last three epochs.
    const checkpointSteps = new Set<number>()
    for (let epoch = Math.max(1, epochs - 2); epoch <= epochs; epoch++) checkpointSteps.add(epoch * stepsPerEpoch)
    const failure = job.schedule.failure
    job.plan = {
      epochs,
      stepsPerEpoch,
      totalSteps,
      curve: new TrainingCurve(hashString(`${job.seed}:${job.id}`), totalSteps, job.validationFile !== null),
      done: 0,
      checkpointSteps,
      failStep:
        failure?.phase === 'running'
          ? Math.min(totalSteps, Math.max(1, Math.ceil(totalSteps * (failure.atFraction ?? 0.5))))
          : undefined,
    }
  }

  /** Emits the steps reached by `now` (step s at start + running × s / total) and finishes the job at the end. */
  private run(job: StoredJob, now: number): void {
    const plan = job.plan!
    const { runningSeconds } = job.schedule
    const start = job.phaseStart
    const total = plan.totalSteps
    const end = start + runningSeconds
    const reached = now >= end ? total : Math.min(total, Math.floor(((now - start) * total) / runningSeconds))
    const most = this.env.limits.maxMetricEvents
    for (let step = plan.done + 1; step <= reached; step++) {
      const at = start + Math.floor((runningSeconds * step) / total)
      // Past the cap, report evenly spaced steps, always including the last.
      if (
        total <= most ||
        step === total ||
        Math.floor((step * most) / total) !== Math.floor(((step - 1) * most) / total)
      ) {
        this.metrics(job, at, step)
      }
      if (plan.checkpointSteps.has(step)) this.checkpoint(job, at, step)
      plan.done = step
      if (plan.failStep === step) {
        this.fail(job, at)
        return
      }
    }
    if (reached === total && now >= end) this.succeed(job, end)
  }

  private metrics(job: StoredJob, at: number, step: number): void {
    const plan = job.plan!
    const m = plan.curve.at(step)
    const validation = m.valid_loss === undefined ? '' : `, validation loss=${m.valid_loss.toFixed(4)}`
    this.event(
      job,
      at,
      `Step ${step}/${plan.totalSteps}: training loss=${m.train_loss.toFixed(4)}${validation}`,
      'metrics',
      { ...m, total_steps: plan.totalSteps },
    )
  }

  private checkpoint(job: StoredJob, at: number, step: number): void {
    const name = `${job.modelName}:ckpt-step-${step}`
    job.checkpoints.push({
      object: 'fine_tuning.job.checkpoint',
      id: this.env.newId('ftckpt_'),
      created_at: at,
      fine_tuned_model_checkpoint: name,
      fine_tuning_job_id: job.id,
      metrics: job.plan!.curve.atEpochEnd(step),
      step_number: step,
    })
    this.models.addTrained(name, 'checkpoint', job.root, job.id, at, this.env.organization.id)
    this.event(job, at, `Checkpoint created at step ${step} with Snapshot ID: ${name}`)
  }

  private succeed(job: StoredJob, at: number): void {
    const plan = job.plan!
    this.models.addTrained(job.modelName, 'fine-tuned', job.root, job.id, at, this.env.organization.id)
    const results = this.files.create({
      filename: 'step_metrics.csv',
      purpose: 'fine-tune-results',
      content: Buffer.from(resultsCsv(plan)),
      origin: 'server',
      createdAt: at,
      processingSeconds: 0,
    })
    job.status = 'succeeded'
    job.fineTunedModel = job.modelName
    job.trainedTokens = job.training.tokens * plan.epochs
    job.resultFiles = [results.id]
    job.finishedAt = at
    this.event(job, at, `New fine-tuned model created: ${job.modelName}`)
    this.event(job, at, 'Evaluating model against our usage policies')
    this.event(job, at, 'Usage policy evaluations completed, model is now enabled for sampling')
    this.event(job, at, 'The job has successfully completed')
  }

  private fail(job: StoredJob, at: number): void {
    const failure = job.schedule.failure!
    const error: JobError = {
      code: failure.code ?? (failure.phase === 'running' ? 'server_error' : 'invalid_training_file'),
      message:
        failure.message ??
        (failure.phase === 'running'
          ? 'The job failed due to an internal error.'
          : 'The job failed due to an invalid training file.'),
      param: failure.param ?? (failure.phase === 'running' ? null : 'training_file'),
    }
    job.status = 'failed'
    job.error = error
    job.finishedAt = at
    this.event(job, at, error.message, 'message', {}, 'error')
  }

  event(
    job: StoredJob,
    at: number,
    message: string,
    type: 'message' | 'metrics' = 'message',
    data: Record<string, unknown> = {},
    level: FineTuningJobEvent['level'] = 'info',
  ): void {
    job.events.push({
      object: 'fine_tuning.job.event',
      id: this.env.newId('ftevent-'),
      created_at: at,
      level,
      message,
      type,
      data,
    })
  }
}

/** The result file OpenAI attaches to a finished job: one row per step. */
function resultsCsv(plan: Plan): string {
  const rows = ['step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy']
  for (let step = 1; step <= plan.totalSteps; step++) {
    const m = plan.curve.at(step)
    rows.push(
      [step, m.train_loss, m.train_mean_token_accuracy, m.valid_loss ?? '', m.valid_mean_token_accuracy ?? ''].join(
        ',',
      ),
    )
  }
  return rows.join('\n') + '\n'
}
