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
  /** Fail when the estimated cost is above this many USD. */
  maxCost?: number
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const lines = z.string().transform(s => s.split(/\r?\n/).map(l => l.trim()).filter(l => l.length > 0))

const InputsSchema = z.object({
  mode: z.enum(['auto', 'validate', 'train', 'evaluate']),
  'training-file': lines.pipe(z.array(z.string()).min(1, 'give a path or glob pattern of the training data')),
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
  comment: z.enum(['true', 'false'], { message: 'use true or false' }).transform(v => v === 'true'),
  'comment-key': z.string().trim().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" and "-", at most 64'),
  'max-cost': z.preprocess(
    v => (blankToUndefined(v) === undefined ? undefined : Number(v)),
    z.number().finite().nonnegative().optional(),
  ),
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
  }
}
