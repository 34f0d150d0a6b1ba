import * as core from '@actions/core'
import { annotate, logData, setOutputs, tenthsLogger, writeJsonReport } from '../action-io.js'
import {
  analyzeDataset,
  workerOptions,
  type AnalyzeOptions,
  type DatasetFile,
  type DatasetReport,
} from '../dataset/analyze-dataset.js'
import type { FileRole } from '../dataset/analyze-file.js'
import { sarifLog } from '../report/sarif.js'
import { textReport } from '../report/text.js'
import { resolveFiles, type SkippedLink } from '../resolve-files.js'
import type { Settings } from '../settings.js'
import { VERSION } from '../version.js'
import { workspaceRoot } from '../workspace.js'
import type { Grader } from './grader.js'

const PROGRESS_MIN_BYTES = 50 * 1024 * 1024

/** The engine's options from the settings: the same for validating a pull request and before training. */
export function engineOptions(settings: Settings, workerScript: URL | undefined, grader?: Grader): AnalyzeOptions {
  const log = tenthsLogger()
  return {
    model: settings.model,
    method: settings.method,
    nEpochs: settings.nEpochs,
    pricePerMillion: settings.pricePerMillion,
    workers: workerOptions(workerScript),
    grader: grader?.value,
    provider: settings.backend.provider,
    onProgress: (file, read, total) => {
      if (total >= PROGRESS_MIN_BYTES) log(read, total, `${file}: ${Math.floor((read / total) * 10) * 10}% read`)
    },
  }
}

/** The training and validation files the inputs name, training first. */
export async function datasetFiles(settings: Settings): Promise<Record<FileRole, DatasetFile[]>> {
  const warned = new Set<string>()
  const options = {
    workspace: workspaceRoot(),
    // Both inputs may pass the same link: one warning says it.
    onSkippedLink: (link: SkippedLink) => {
      if (warned.has(link.path)) return
      warned.add(link.path)
      core.warning(link.message)
    },
  }
  return {
    training: await resolveFiles(settings.trainingFile, 'training', 'training-file', options),
    validation: await resolveFiles(settings.validationFile, 'validation', 'validation-file', options),
  }
}

/** Validates, counts and prices the files; the report goes to the log and its findings onto their lines. */
export async function checkDataset(files: DatasetFile[], options: AnalyzeOptions): Promise<DatasetReport> {
  const report = await analyzeDataset(files, options)
  logData(textReport(report))
  annotate(report.files.flatMap(f => f.findings))
  return report
}

/** Writes the JSON report (and the SARIF log when asked) and sets the dataset outputs (valid, examples, ...). */
export async function publishDatasetReport(report: DatasetReport, settings: Settings): Promise<string> {
  // Neither report may land on an input: the eval and grader files are named even before they are read.
  const inputs = { 'eval-file': settings.eval.file, 'grader-file': settings.graderFile }
  const target = await writeJsonReport(settings.reportFile, 'report.json', report, {
    input: 'report-file',
    namedInputs: inputs,
  })
  logData(`JSON report: ${target}`)
  if (settings.sarifFile) {
    const sarif = await writeJsonReport(settings.sarifFile, 'findings.sarif', sarifLog(report, VERSION), {
      input: 'sarif-file',
      namedInputs: { ...inputs, 'report-file': target },
    })
    logData(`SARIF log: ${sarif}`)
    setOutputs({ 'sarif-path': sarif })
  }
  const t = report.totals
  setOutputs({
    valid: String(report.valid),
    examples: String(t.examples),
    tokens: String(t.tokens),
    'billed-tokens': String(t.billedTokens),
    epochs: String(t.epochs),
    'estimated-cost': t.estimatedCostUsd === null ? '' : String(t.estimatedCostUsd),
    'report-path': target,
  })
  return target
}
