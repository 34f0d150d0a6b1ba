import { z } from 'zod'
import { InputError } from './errors.js'

export type Mode = 'validate' | 'train' | 'evaluate'
export type FailOn = 'error' | 'warning' | 'never'

/** Everything the action can be told, parsed once from its inputs. */
export interface Settings {
  /** What this run does; `auto` already resolved from the event. */
  mode: Mode
  /** Whether the mode came from the event (auto) or from the input. */
  modeFromEvent: boolean
  /** Training data: paths or glob patterns, one per line. */
  trainingFile: string[]
  /** Validation data: paths or glob patterns; empty when none. */
  validationFile: string[]
  /** The model to fine-tune, or a fine-tuned model id. */
  model: string
  /** The fine-tuning method; `auto` detects it from the data. */
  method: 'auto' | 'supervised' | 'dpo' | 'reinforcement'
  /** Epochs to estimate (and, later, to train) with; undefined means the API's default rule. */
  nEpochs?: number
  /** USD per 1M training tokens, overriding the built-in price table. */
  pricePerMillion?: number
  /** Which findings fail the step. */
  failOn: FailOn
  /** Where the JSON report goes; a temporary path when not given. */
  reportFile?: string
  /** Token for the GitHub API (the PR comment, base-branch files); empty disables both. */
  githubToken: string
  /** Whether to keep a sticky comment on the pull request. */
  comment: boolean
  /** Tells this step's comment apart from other steps' on the same pull request. */
  commentKey: string
  /** Fail when the estimated cost is above this many USD (and refuse to train). */
  maxCost?: number
  /** The fine-tuning backend. */
  openai: {
    /** Secret key; masked as soon as it is read. */
    apiKey: string
    /** An OpenAI-compatible server, e.g. Azure's https://<resource>.openai.azure.com/openai/v1/; OpenAI's own when empty. */
    baseUrl?: string
    organization?: string
    project?: string
  }
  /** Hyperparameters; undefined means the server's choice ("auto"). */
  hyperparameters: { batchSize?: number; learningRateMultiplier?: number; beta?: number }
  /** JSON file with the grader of a reinforcement job. */
  graderFile?: string
  /** Up to 64 characters added to the fine-tuned model's name. */
  suffix?: string
  seed?: number
  /** Train even when a job for the same data and recipe exists. */
  force: boolean
  /** Wait for the job to finish (false: return once it is created). */
  wait: boolean
  /** Seconds between polls of the job. */
  pollInterval: number
  /** Minutes to wait for the job before the step stops (the job goes on). */
  timeoutMinutes: number
  /** An existing job to follow instead of uploading and creating. */
  jobId?: string
  /** Cancel the job when the workflow run is cancelled (by default it keeps running). */
  cancelOnAbort: boolean
  /** Evaluation: an eval file runs after training, in evaluate mode, and is validated on pull requests. */
  eval: {
    file?: string
    /** The model to evaluate in evaluate mode (the fine-tuned model of job-id otherwise). */
    model?: string
    /** Models to compare with; `base` is the job's base model. */
    compareModels: string[]
    /** Pinned grader model for llm-rubric checks. */
    graderModel?: string
    concurrency: number
    minPassRate?: number
    maxRegressions?: number
    seed?: number
    maxTokens: number
    reportFile?: string
  }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const lines = z.string().transform(s => s.split(/\r?\n/).map(l => l.trim()).filter(l => l.length > 0))

const optionalNumber = (schema: z.ZodNumber) => z.preprocess(v => (blankToUndefined(v) === undefined ? undefined : Number(v)), schema.optional())
const autoOr = (schema: z.ZodNumber) => z.preprocess(v => (blankToUndefined(v) === undefined || v === 'auto' ? undefined : Number(v)), schema.optional())
const boolean = z.enum(['true', 'false'], { message: 'use true or false' }).transform(v => v === 'true')

const InputsSchema = z.object({
  mode: z.enum(['auto', 'validate', 'train', 'evaluate']),
  'training-file': lines,
  'validation-file': lines,
  model: z.string().trim().min(1, 'give a model name'),
  method: z.enum(['auto', 'supervised', 'dpo', 'reinforcement']),
  'n-epochs': z.preprocess(
    v => (blankToUndefined(v) === undefined || v === 'auto' ? undefined : Number(v)),
    z.number().int('a whole number').min(1).max(50).optional(),
  ),
  'price-per-million-tokens': z.preprocess(
    v => (blankToUndefined(v) === undefined ? undefined : Number(v)),
    z.number().finite().nonnegative().optional(),
  ),
  'fail-on': z.enum(['error', 'warning', 'never']),
  'report-file': z.preprocess(blankToUndefined, z.string().optional()),
  'github-token': z.string(),
  comment: boolean,
  'comment-key': z.string().trim().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" and "-", at most 64'),
  'max-cost': optionalNumber(z.number().finite().nonnegative()),
  'openai-api-key': z.string(),
  'openai-base-url': z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, message: 'an http(s) URL' }).optional()),
  'openai-organization': z.preprocess(blankToUndefined, z.string().optional()),
  'openai-project': z.preprocess(blankToUndefined, z.string().optional()),
  'batch-size': autoOr(z.number().int('a whole number').min(1).max(256)),
  'learning-rate-multiplier': autoOr(z.number().positive().max(10)),
  beta: autoOr(z.number().positive().max(2)),
  'grader-file': z.preprocess(blankToUndefined, z.string().optional()),
  suffix: z.preprocess(blankToUndefined, z.string().max(64, 'at most 64 characters').optional()),
  seed: optionalNumber(z.number().int('a whole number').min(0).max(2147483647)),
  force: boolean,
  wait: boolean,
  'poll-interval': z.coerce.number().int('a whole number').min(1).max(3600),
  'timeout-minutes': z.coerce.number().positive().max(60 * 24 * 30),
  'job-id': z.preprocess(blankToUndefined, z.string().regex(/^[\w.:-]+$/, 'a job id such as ftjob-abc123').optional()),
  'cancel-on-abort': boolean,
  'eval-file': z.preprocess(blankToUndefined, z.string().optional()),
  'eval-model': z.preprocess(blankToUndefined, z.string().optional()),
  'eval-compare-models': z.string().transform(s => s.split(/[,\n]/).map(m => m.trim()).filter(Boolean)),
  'eval-grader-model': z.preprocess(blankToUndefined, z.string().optional()),
  'eval-concurrency': z.coerce.number().int('a whole number').min(1).max(64),
  'eval-min-pass-rate': optionalNumber(z.number().min(0).max(1)),
  'eval-max-regressions': optionalNumber(z.number().int('a whole number').min(0)),
  'eval-seed': optionalNumber(z.number().int('a whole number').min(0)),
  'eval-max-tokens': z.coerce.number().int('a whole number').min(1).max(100_000),
  'eval-report-file': z.preprocess(blankToUndefined, z.string().optional()),
})

export const INPUT_NAMES = Object.keys(InputsSchema.shape) as (keyof typeof InputsSchema.shape)[]

/** Input defaults for when the action is run outside a runner (tests, CLI): the same values as action.yml. */
export const INPUT_DEFAULTS: Record<string, string> = {
  mode: 'auto',
  model: 'gpt-4.1-mini-2025-04-14',
  method: 'auto',
  'n-epochs': 'auto',
  'fail-on': 'error',
  comment: 'true',
  'comment-key': 'dataset',
  'batch-size': 'auto',
  'learning-rate-multiplier': 'auto',
  beta: 'auto',
  force: 'false',
  wait: 'true',
  'poll-interval': '30',
  'timeout-minutes': '340',
  'cancel-on-abort': 'false',
  'eval-concurrency': '4',
  'eval-seed': '0',
  'eval-max-tokens': '1024',
}

/** The mode `auto` picks: pull requests validate; a push (merge) or a manual run trains. */
export function modeForEvent(eventName: string | undefined): Mode {
  return eventName === 'push' || eventName === 'workflow_dispatch' ? 'train' : 'validate'
}

export function parseSettings(getInput: (name: string) => string, eventName: string | undefined): Settings {
  const raw: Record<string, string> = {}
  for (const name of INPUT_NAMES) raw[name] = getInput(name) || INPUT_DEFAULTS[name] || ''
  const parsed = InputsSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const name = String(issue.path[0])
    throw new InputError(`Input '${name}' is invalid (${JSON.stringify(raw[name])}): ${issue.message}`)
  }
  const i = parsed.data
  const needsData = i.mode !== 'evaluate' && !(i.mode !== 'validate' && i['job-id'])
  if (i['training-file'].length === 0 && needsData) {
    throw new InputError(`Input 'training-file' is invalid (""): give a path or glob pattern of the training data`)
  }
  return {
    mode: i.mode === 'auto' ? modeForEvent(eventName) : i.mode,
    modeFromEvent: i.mode === 'auto',
    trainingFile: i['training-file'],
    validationFile: i['validation-file'],
    model: i.model,
    method: i.method,
    nEpochs: i['n-epochs'],
    pricePerMillion: i['price-per-million-tokens'],
    failOn: i['fail-on'],
    reportFile: i['report-file'],
    githubToken: i['github-token'],
    comment: i.comment,
    commentKey: i['comment-key'],
    maxCost: i['max-cost'],
    openai: { apiKey: i['openai-api-key'], baseUrl: i['openai-base-url'], organization: i['openai-organization'], project: i['openai-project'] },
    hyperparameters: { batchSize: i['batch-size'], learningRateMultiplier: i['learning-rate-multiplier'], beta: i.beta },
    graderFile: i['grader-file'],
    suffix: i.suffix,
    seed: i.seed,
    force: i.force,
    wait: i.wait,
    pollInterval: i['poll-interval'],
    timeoutMinutes: i['timeout-minutes'],
    jobId: i['job-id'],
    cancelOnAbort: i['cancel-on-abort'],
    eval: {
      file: i['eval-file'],
      model: i['eval-model'],
      compareModels: i['eval-compare-models'],
      graderModel: i['eval-grader-model'],
      concurrency: i['eval-concurrency'],
      minPassRate: i['eval-min-pass-rate'],
      maxRegressions: i['eval-max-regressions'],
      seed: i['eval-seed'],
      maxTokens: i['eval-max-tokens'],
      reportFile: i['eval-report-file'],
    },
  }
}
