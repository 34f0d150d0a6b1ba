#!/usr/bin/env node
import * as core from '@actions/core'
import { parseArgs, styleText } from 'node:util'
import { logData } from '../action-io.js'
import { analyzeDataset, workerOptions, type DatasetReport } from '../dataset/analyze-dataset.js'
import { InputError, messageOf } from '../errors.js'
import { int } from '../report/format.js'
import { sarifLog } from '../report/sarif.js'
import { textReport, type Paint } from '../report/text.js'
import { resolveFiles } from '../resolve-files.js'
import { INPUT_DEFAULTS } from '../settings.js'
import { VERSION } from '../version.js'

const USAGE = `Usage: fine-tune-action validate <training files...> [options]

validate: checks fine-tuning JSONL files, counts their tokens exactly and estimates epochs and cost.

Options:
  --validation <file>   a validation file (repeatable)
  --model <name>        model to fine-tune (default ${INPUT_DEFAULTS.model})
  --backend <b>         openai (default), azure or together: whose formats, limits, tokenizers and prices apply
  --method <m>          auto | supervised | dpo | reinforcement (default auto)
  --n-epochs <n>        epochs to estimate with (default: the API's rule)
  --price <usd>         USD per 1M training tokens (default: built-in table)
  --max-findings <n>    findings to print (default 50)
  --format <f>          text (default), json (the report), sarif (SARIF 2.1.0, for code scanning and
                        editors) or github (workflow-command annotations, for CI other than this action)
  --json                the same as --format json
  --stats               print time, throughput and peak memory to stderr
  -h, --help            this help

Exit status: 0 valid, 1 errors in the data, 2 bad usage.`

const PROGRESS_MIN_BYTES = 20 * 1024 * 1024
// The worker bundle is dist/worker/; a variable keeps webpack from making the URL an asset of its own.
const HERE = import.meta.url

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      validation: { type: 'string', multiple: true, default: [] },
      model: { type: 'string', default: INPUT_DEFAULTS.model },
      backend: { type: 'string', default: 'openai' },
      method: { type: 'string', default: 'auto' },
      'n-epochs': { type: 'string' },
      price: { type: 'string' },
      'max-findings': { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      stats: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...paths] = positionals
  if (values.help || positionals.length === 0) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }
  if (command !== 'validate') throw new InputError(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`)
  if (paths.length === 0) throw new InputError(`validate needs at least one training file\n\n${USAGE}`)
  const method = values.method
  if (method !== 'auto' && method !== 'supervised' && method !== 'dpo' && method !== 'reinforcement') {
    throw new InputError(`--method must be auto, supervised, dpo or reinforcement, not ${JSON.stringify(method)}`)
  }
  const provider = values.backend
  if (provider !== 'openai' && provider !== 'azure' && provider !== 'together') {
    throw new InputError(`--backend must be openai, azure or together, not ${JSON.stringify(provider)}`)
  }
  const nEpochs = optionalNumber(
    values['n-epochs'],
    '--n-epochs',
    n => Number.isInteger(n) && n >= 1 && n <= 50,
    'a whole number from 1 to 50',
  )
  const price = optionalNumber(values.price, '--price', n => n >= 0, 'a number of USD, 0 or more')
  const maxFindings =
    optionalNumber(values['max-findings'], '--max-findings', n => Number.isInteger(n) && n >= 0, 'a whole number') ?? 50

  const format = values.json ? 'json' : values.format
  if (!isFormat(format))
    throw new InputError(`--format must be text, json, sarif or github, not ${JSON.stringify(format)}`)

  // Without a workspace the CLI follows links where they point, so no link is skipped to warn of.
  const files = await withoutDebugLines(async () => [
    ...(await resolveFiles(paths, 'training', 'training file')),
    ...(await resolveFiles(values.validation, 'validation', '--validation')),
  ])
  const showProgress = process.stderr.isTTY && format === 'text'
  const started = performance.now()
  const report = await analyzeDataset(files, {
    model: values.model,
    method,
    provider,
    nEpochs,
    pricePerMillion: price,
    workers: workerOptions(new URL('../worker/index.js', HERE)),
    onProgress: (file, read, total) => {
      if (!showProgress || total < PROGRESS_MIN_BYTES) return
      process.stderr.write(`\r${file}: ${Math.floor((read / total) * 100)}%`)
      if (read >= total) process.stderr.write('\n')
    },
  })
  if (values.stats) printStats(report, (performance.now() - started) / 1000)
  printReport(report, format, maxFindings)
  return report.valid ? 0 : 1
}

/**
 * @actions/glob reports its options through core.debug, which writes `::debug::` lines to stdout: on a terminal and in
 * a `--json` or `--format sarif` file they are noise, or break the JSON. Nothing else writes while files are resolved.
 */
async function withoutDebugLines<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::') ? true : write(chunk, ...rest)
  try {
    return await work()
  } finally {
    process.stdout.write = write
  }
}

const FORMATS = ['text', 'json', 'sarif', 'github'] as const
const isFormat = (f: string): f is (typeof FORMATS)[number] => (FORMATS as readonly string[]).includes(f)

function printReport(report: DatasetReport, format: (typeof FORMATS)[number], maxFindings: number): void {
  switch (format) {
    case 'json':
      console.log(JSON.stringify(report, null, 2))
      break
    case 'sarif':
      console.log(JSON.stringify(sarifLog(report, VERSION), null, 2))
      break
    case 'github':
      // Every finding, as the runner's annotation commands (escaped by @actions/core), plus the text report.
      for (const f of report.files.flatMap(file => file.findings)) {
        const props = { title: f.code, file: f.file, ...(f.line !== null && { startLine: f.line }) }
        if (f.severity === 'error') core.error(f.message, props)
        else if (f.severity === 'warning') core.warning(f.message, props)
        else core.notice(f.message, props)
      }
      // File names and data in the text report must not start commands of their own.
      logData(textReport(report, { maxFindings: 0 }))
      break
    case 'text': {
      const paint: Paint = process.stdout.isTTY ? (style, text) => styleText(style, text) : (_s, text) => text
      console.log(textReport(report, { paint, maxFindings }))
    }
  }
}

/** One human line and one JSON line (for scripts such as the benchmark). */
function printStats(report: DatasetReport, seconds: number): void {
  const bytes = report.files.reduce((n, f) => n + f.bytes, 0)
  const examples = report.files.reduce((n, f) => n + f.examples, 0)
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  const stats = {
    seconds,
    bytes,
    examples,
    mbPerSecond: bytes / 1048576 / seconds,
    examplesPerSecond: examples / seconds,
    peakRssMb,
  }
  console.error(
    `${seconds.toFixed(2)} s · ${stats.mbPerSecond.toFixed(1)} MB/s · ${int(stats.examplesPerSecond)} examples/s · peak RSS ${peakRssMb.toFixed(0)} MB`,
  )
  console.error(`stats: ${JSON.stringify(stats)}`)
}

function optionalNumber(
  raw: string | undefined,
  flag: string,
  ok: (n: number) => boolean,
  what: string,
): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(n) || !ok(n))
    throw new InputError(`${flag} must be ${what}, not ${JSON.stringify(raw)}`)
  return n
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    const usage =
      error instanceof InputError ||
      (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    console.error(`fine-tune-action: ${messageOf(error)}`)
    process.exitCode = usage ? 2 : 1
  },
)
