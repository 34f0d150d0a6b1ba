import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { analyzeDataset, type DatasetReport } from '../dataset/analyze-dataset.js'
import type { Finding } from '../dataset/findings.js'
import { markdownReport } from '../report/markdown.js'
import { plural } from '../report/format.js'
import { textReport } from '../report/text.js'
import { resolveFiles, workerOptions } from '../resolve-files.js'
import type { Settings } from '../settings.js'
import { messageOf } from '../errors.js'

/** GitHub shows at most 10 error and 10 warning annotations per step; more are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10
const PROGRESS_MIN_BYTES = 50 * 1024 * 1024

/** Validate mode: the dataset report in the log, annotations, job summary, JSON file and outputs. */
export async function validate(settings: Settings, workerScript?: URL): Promise<DatasetReport> {
  const files = [
    ...(await resolveFiles(settings.trainingFile, 'training', 'training-file')),
    ...(await resolveFiles(settings.validationFile, 'validation', 'validation-file')),
  ]
  let lastTenth = -1
  const report = await analyzeDataset(files, {
    model: settings.model,
    method: settings.method,
    nEpochs: settings.nEpochs,
    pricePerMillion: settings.pricePerMillion,
    workers: workerOptions(workerScript),
    onProgress: (file, read, total) => {
      if (total < PROGRESS_MIN_BYTES) return
      const tenth = Math.floor((read / total) * 10)
      if (tenth !== lastTenth) core.info(`${file}: ${tenth * 10}% read`)
      lastTenth = tenth
    },
  })

  core.info(textReport(report))
  annotate(report.files.flatMap(f => f.findings))
  const reportPath = await writeReport(report, settings.reportFile)
  core.info(`JSON report: ${reportPath}`)
  await writeSummary(markdownReport(report))

  const t = report.totals
  core.setOutput('valid', String(report.valid))
  core.setOutput('examples', String(t.examples))
  core.setOutput('tokens', String(t.tokens))
  core.setOutput('billed-tokens', String(t.billedTokens))
  core.setOutput('epochs', String(t.epochs))
  core.setOutput('estimated-cost', t.estimatedCostUsd === null ? '' : String(t.estimatedCostUsd))
  core.setOutput('report-path', reportPath)

  const failing = settings.failOn === 'error' ? t.errors : settings.failOn === 'warning' ? t.errors + t.warnings : 0
  if (failing > 0) {
    const what = settings.failOn === 'warning' ? `${plural(t.errors, 'error')} and ${plural(t.warnings, 'warning')}` : plural(t.errors, 'error')
    core.setFailed(`The fine-tuning data has ${what} (fail-on: ${settings.failOn}); see the annotations and the job summary.`)
  }
  return report
}

function annotate(findings: Finding[]): void {
  const shown = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) {
    if (shown[f.severity]++ >= ANNOTATIONS_PER_SEVERITY) continue
    const props = { title: `${f.code}`, file: f.file, ...(f.line !== null && { startLine: f.line }) }
    if (f.severity === 'error') core.error(f.message, props)
    else if (f.severity === 'warning') core.warning(f.message, props)
    else core.notice(f.message, props)
  }
}

async function writeReport(report: DatasetReport, reportFile: string | undefined): Promise<string> {
  const target = path.resolve(reportFile ?? path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fine-tune-action', 'report.json'))
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(report, null, 2)}\n`)
  return target
}

/** The summary is a view of the report: when the runner gives no writable summary file, say so and go on. */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${messageOf(error)}`)
  }
}
