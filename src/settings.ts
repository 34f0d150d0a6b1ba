import { z } from 'zod/mini'
import { providerOf, type Provider } from './backend/provider.js'
import { InputError } from './errors.js'

export type Mode = 'validate' | 'train' | 'evaluate'
export type FailOn = 'error' | 'warning' | 'never'

// zod/mini: the same parsers as zod's classic API, as functions rather than methods, at half the start-up cost (a
// pull request's check parses its inputs and little else).
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const preprocess = <S extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: S) => z.pipe(z.transform(fn), schema)
const lines = z.pipe(
  z.string(),
  z.transform(s =>
    s
      .split(/\r?\n/)
      .map(l => l.trim())
      .filter(l => l.length > 0),
  ),
)
const optionalText = preprocess(blankToUndefined, z.optional(z.string()))
/** Decimal notation only: `Number()` would also take hex (0x10), binary and octal, which nobody means in a YAML input. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i
const toNumber = (v: unknown) => (typeof v === 'string' && DECIMAL.test(v.trim()) ? Number(v) : Number.NaN)
type NumberSchema = z.ZodMiniNumber
const number = (schema: NumberSchema) => preprocess(toNumber, schema)
const optionalNumber = (schema: NumberSchema) =>
  preprocess(v => (blankToUndefined(v) === undefined ? undefined : toNumber(v)), z.optional(schema))
const autoOr = (schema: NumberSchema) =>
  preprocess(v => (blankToUndefined(v) === undefined || v === 'auto' ? undefined : toNumber(v)), z.optional(schema))
const boolean = z.pipe(
  z.enum(['true', 'false'], { error: 'use true or false' }),
  z.transform(v => v === 'true'),
)
const wholeNumber = (...checks: z.core.$ZodCheck<number>[]) =>
  z.number({ error: 'a decimal number' }).check(z.refine<number>(Number.isSafeInteger, 'a whole number'), ...checks)
const aNumber = (...checks: z.core.$ZodCheck<number>[]) => z.number({ error: 'a decimal number' }).check(...checks)
const httpUrl = () => z.url({ protocol: /^https?$/, error: 'an http(s) URL' })
const trimmed = (...checks: z.core.$ZodCheck<string>[]) => z.string().check(z.trim(), ...checks)

interface InputDeclaration<S extends z.ZodMiniType> {
  schema: S
  /** The default outside a runner (tests, CLI); the runner applies action.yml's. */
  default: string
  /** action.yml's default when it is an expression the runner evaluates, such as `${{ github.token }}`. */
  actionYmlDefault?: string
}
const input = <S extends z.ZodMiniType>(
  schema: S,
  defaultValue = '',
  actionYmlDefault?: string,
): InputDeclaration<S> => ({
  schema,
  default: defaultValue,
  actionYmlDefault,
})

/** Every input once: how it is parsed and its default. A test holds names and defaults equal to action.yml's. */
export const INPUTS = {
  mode: input(z.enum(['auto', 'validate', 'train', 'evaluate']), 'auto'),
  'training-file': input(lines),
  'validation-file': input(lines),
  model: input(trimmed(z.minLength(1, 'give a model name')), 'gpt-4.1-mini-2025-04-14'),
  method: input(z.enum(['auto', 'supervised', 'dpo', 'reinforcement']), 'auto'),
  'n-epochs': input(autoOr(wholeNumber(z.gte(1), z.lte(50))), 'auto'),
  'price-per-million-tokens': input(optionalNumber(aNumber(z.nonnegative()))),
  'fail-on': input(z.enum(['error', 'warning', 'never']), 'error'),
  'report-file': input(optionalText),
  'sarif-file': input(optionalText),
  'github-token': input(z.string(), '', '${{ github.token }}'),
  comment: input(boolean, 'true'),
  'comment-key': input(trimmed(z.regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" and "-", at most 64')), 'dataset'),
  'max-cost': input(optionalNumber(aNumber(z.nonnegative()))),
  backend: input(z.enum(['auto', 'openai', 'azure', 'together']), 'auto'),
  'api-key': input(z.string()),
  'base-url': input(preprocess(blankToUndefined, z.optional(httpUrl()))),
  'allow-insecure-http': input(boolean, 'false'),
  'check-model-retirement': input(boolean, 'false'),
  'openai-api-key': input(z.string()),
  'openai-base-url': input(preprocess(blankToUndefined, z.optional(httpUrl()))),
  'openai-organization': input(optionalText),
  'openai-project': input(optionalText),
  'azure-training-type': input(preprocess(blankToUndefined, z.optional(z.enum(['standard', 'global', 'developer'])))),
  'azure-subscription-id': input(optionalText),
  'azure-resource-group': input(optionalText),
  'azure-resource-name': input(optionalText),
  'azure-deployment-sku': input(trimmed(z.minLength(1, 'give a SKU name such as DeveloperTier')), 'DeveloperTier'),
  'azure-delete-deployment': input(boolean, 'false'),
  'azure-management-url': input(httpUrl(), 'https://management.azure.com'),
  'batch-size': input(autoOr(wholeNumber(z.gte(1), z.lte(256))), 'auto'),
  'learning-rate-multiplier': input(autoOr(aNumber(z.positive(), z.lte(10))), 'auto'),
  'learning-rate': input(optionalNumber(aNumber(z.positive(), z.lte(1)))),
  'training-type': input(preprocess(blankToUndefined, z.optional(z.enum(['lora', 'full'])))),
  'lora-rank': input(optionalNumber(wholeNumber(z.gte(1), z.lte(1024)))),
  beta: input(autoOr(aNumber(z.positive(), z.lte(2))), 'auto'),
  'grader-file': input(optionalText),
  suffix: input(preprocess(blankToUndefined, z.optional(z.string().check(z.maxLength(64, 'at most 64 characters'))))),
  seed: input(optionalNumber(wholeNumber(z.gte(0), z.lte(2147483647)))),
  force: input(boolean, 'false'),
  wait: input(boolean, 'true'),
  'poll-interval': input(number(wholeNumber(z.gte(1), z.lte(3600))), '30'),
  'timeout-minutes': input(number(aNumber(z.positive(), z.lte(60 * 24 * 30))), '340'),
  'job-id': input(
    preprocess(blankToUndefined, z.optional(z.string().check(z.regex(/^[\w.:-]+$/, 'a job id such as ftjob-abc123')))),
  ),
  'cancel-on-abort': input(boolean, 'false'),
  'eval-file': input(optionalText),
  'eval-model': input(optionalText),
  'eval-compare-models': input(
    z.pipe(
      z.string(),
      z.transform(s =>
        s
          .split(/[,\n]/)
          .map(m => m.trim())
          .filter(Boolean),
      ),
    ),
  ),
  'eval-grader-model': input(optionalText),
  'eval-concurrency': input(number(wholeNumber(z.gte(1), z.lte(64))), '4'),
  'eval-min-pass-rate': input(optionalNumber(aNumber(z.gte(0), z.lte(1)))),
  'eval-max-regressions': input(optionalNumber(wholeNumber(z.gte(0)))),
  'eval-seed': input(optionalNumber(wholeNumber(z.gte(0))), '0'),
  'eval-max-tokens': input(number(wholeNumber(z.gte(1), z.lte(100_000))), '1024'),
  'eval-report-file': input(optionalText),
}

// The inputs are parsed once per run: compiling a parser for the object (zod's JIT) costs more than it saves.
z.config({ jitless: true })

type InputName = keyof typeof INPUTS
const INPUT_NAMES = Object.keys(INPUTS) as InputName[]
const InputsSchema = z.object(
  Object.fromEntries(INPUT_NAMES.map(name => [name, INPUTS[name].schema])) as {
    [K in InputName]: (typeof INPUTS)[K]['schema']
  },
)
type Inputs = z.output<typeof InputsSchema>

/** Input defaults for when the action is run outside a runner (tests, CLI). */
export const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map(name => [name, INPUTS[name].default])) as Record<
  InputName,
  string
>

/** The mode `auto` picks: pull requests validate; a push (merge) or a manual run trains. */
export function modeForEvent(eventName: string | undefined): Mode {
  return eventName === 'push' || eventName === 'workflow_dispatch' ? 'train' : 'validate'
}

/** Everything the action can be told, parsed once from its inputs. */
export type Settings = ReturnType<typeof toSettings>

export function parseSettings(getInput: (name: string) => string, eventName: string | undefined): Settings {
  const raw: Record<string, string> = {}
  for (const name of INPUT_NAMES) raw[name] = getInput(name) || INPUT_DEFAULTS[name]
  const parsed = InputsSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = String(issue.path[0])
    throw new InputError(`Input '${name}' is invalid (${JSON.stringify(raw[name])}): ${issue.message}`)
  }
  const i = parsed.data
  const needsData = i.mode !== 'evaluate' && !(i.mode !== 'validate' && i['job-id'])
  if (i['training-file'].length === 0 && needsData) {
    throw new InputError(`Input 'training-file' is invalid (""): give a path or glob pattern of the training data`)
  }
  const settings = toSettings(i, eventName)
  checkProviderKnobs(i, settings.backend.provider)
  return settings
}

/** Knobs one provider has and another has not: asking for one on the wrong provider is a mistake, not a no-op. */
const TOGETHER_ONLY = ['learning-rate', 'training-type', 'lora-rank'] as const

function checkProviderKnobs(i: Inputs, provider: Provider): void {
  if (provider === 'together') {
    if (i['learning-rate-multiplier'] !== undefined)
      throw new InputError(
        "Input 'learning-rate-multiplier' is OpenAI's: Together AI takes an absolute rate, learning-rate (e.g. 0.00001).",
      )
    if (i['training-type'] === 'full' && i['lora-rank'] !== undefined)
      throw new InputError("Input 'lora-rank' is for LoRA training: leave it out with training-type: full.")
    return
  }
  const given = TOGETHER_ONLY.find(name => i[name] !== undefined)
  if (given)
    throw new InputError(
      `Input '${given}' is Together AI's, and the backend here is ${provider}${given === 'learning-rate' ? ' (which takes learning-rate-multiplier instead)' : ''}: leave it out, or set backend: together.`,
    )
}

/** One value under the input's name or under its earlier `openai-*` name; two different values are a mistake. */
function aliased(
  i: Inputs,
  name: 'api-key' | 'base-url',
  alias: 'openai-api-key' | 'openai-base-url',
): string | undefined {
  const [value, old] = [i[name] || undefined, i[alias] || undefined]
  if (value !== undefined && old !== undefined && value !== old) {
    throw new InputError(`Inputs '${name}' and '${alias}' are the same input under two names: give one of them.`)
  }
  return value ?? old
}

/** Hosts that are this machine: plain http to them never crosses a network. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/** Credentials travel in every request's header: over plain http they would cross the network in clear text. */
function checkTransport(name: string, url: string | undefined, carries: string, allowInsecure: boolean): void {
  if (!url || allowInsecure) return
  const parsed = new URL(url)
  if (parsed.protocol === 'http:' && !LOOPBACK.test(parsed.hostname))
    throw new InputError(
      `Input '${name}' is refused (${JSON.stringify(url)}): plain http:// would send ${carries} in clear text. Use https://, or set allow-insecure-http: true if the network in between is yours.`,
    )
}

function toSettings(i: Inputs, eventName: string | undefined) {
  const baseUrl = aliased(i, 'base-url', 'openai-base-url')
  checkTransport('base-url', baseUrl, 'the API key and the data', i['allow-insecure-http'])
  // Resource Manager requests carry an Entra ID token (Azure deployments).
  checkTransport('azure-management-url', i['azure-management-url'], 'an Azure token', i['allow-insecure-http'])
  return {
    /** What this run does; `auto` already resolved from the event. */
    mode: i.mode === 'auto' ? modeForEvent(eventName) : i.mode,
    /** Whether the mode came from the event (auto) or from the input. */
    modeFromEvent: i.mode === 'auto',
    /** Training data: paths or glob patterns, one per line. */
    trainingFile: i['training-file'],
    /** Validation data: paths or glob patterns; empty when none. */
    validationFile: i['validation-file'],
    /** The model to fine-tune, or a fine-tuned model id. */
    model: i.model,
    /** The fine-tuning method; `auto` detects it from the data. */
    method: i.method,
    /** Epochs to estimate and train with; undefined means the API's default rule. */
    nEpochs: i['n-epochs'],
    /** USD per 1M training tokens, overriding the built-in price table. */
    pricePerMillion: i['price-per-million-tokens'],
    /** Which findings fail the step. */
    failOn: i['fail-on'],
    /** Where the JSON report goes; a temporary path when not given. */
    reportFile: i['report-file'],
    /** Where the findings go as SARIF 2.1.0 (for code scanning); not written when empty. */
    sarifFile: i['sarif-file'],
    /** Token for the GitHub API (the PR comment, base-branch files); empty disables both. */
    githubToken: i['github-token'],
    /** Whether to keep a sticky comment on the pull request. */
    comment: i.comment,
    /** Tells this step's comment apart from other steps' on the same pull request. */
    commentKey: i['comment-key'],
    /** Fail when the estimated cost is above this many USD (and refuse to train). */
    maxCost: i['max-cost'],
    /** The fine-tuning backend: which provider, and how to reach it. The key is a secret. */
    backend: {
      provider: i.backend === 'auto' ? providerOf(baseUrl) : i.backend,
      apiKey: aliased(i, 'api-key', 'openai-api-key') ?? '',
      baseUrl,
      organization: i['openai-organization'],
      project: i['openai-project'],
      /** Azure OpenAI: training tier, and the resource whose deployments serve a fine-tune. */
      azure: {
        trainingType: i['azure-training-type'],
        subscriptionId: i['azure-subscription-id'],
        resourceGroup: i['azure-resource-group'],
        resourceName: i['azure-resource-name'],
        deploymentSku: i['azure-deployment-sku'],
        deleteDeployment: i['azure-delete-deployment'],
        managementUrl: i['azure-management-url'],
      },
    },
    /** Validate mode asks the backend for the model's shutdown date only when this is true. */
    checkModelRetirement: i['check-model-retirement'],
    /** Hyperparameters; undefined means the server's choice ("auto"). */
    hyperparameters: {
      batchSize: i['batch-size'],
      learningRateMultiplier: i['learning-rate-multiplier'],
      beta: i.beta,
      /** Together AI's absolute learning rate, training type and LoRA rank. */
      learningRate: i['learning-rate'],
      trainingType: i['training-type'],
      loraRank: i['lora-rank'],
    },
    /** JSON file with the grader of a reinforcement job. */
    graderFile: i['grader-file'],
    /** Up to 64 characters added to the fine-tuned model's name. */
    suffix: i.suffix,
    seed: i.seed,
    /** Train even when a job for the same data and recipe exists. */
    force: i.force,
    /** Wait for the job to finish (false: return once it is created). */
    wait: i.wait,
    /** Seconds between polls of the job. */
    pollInterval: i['poll-interval'],
    /** Minutes to wait for the files' processing and the job before the step stops (the job goes on). */
    timeoutMinutes: i['timeout-minutes'],
    /** An existing job to follow instead of uploading and creating. */
    jobId: i['job-id'],
    /** Cancel the job when the workflow run is cancelled (by default it keeps running). */
    cancelOnAbort: i['cancel-on-abort'],
    /** Evaluation: an eval file runs after training, in evaluate mode, and is validated on pull requests. */
    eval: {
      file: i['eval-file'],
      /** The model to evaluate in evaluate mode (the fine-tuned model of job-id otherwise). */
      model: i['eval-model'],
      /** Models to compare with; `base` is the job's base model. */
      compareModels: i['eval-compare-models'],
      /** Pinned grader model for llm-rubric checks. */
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
