import * as core from '@actions/core'
import { annotate, setOutputs, tenthsLogger, writeJsonReport } from '../action-io.js'
import {
  analyzeDataset,
  workerOptions,
  type AnalyzeOptions,
  type DatasetFile,
  type DatasetReport,
} from '../dataset/analyze-dataset.js'
import type { FileRole } from '../dataset/analyze-file.js'
import { textReport } from '../report/text.js'
import { resolveFiles } from '../resolve-files.js'
import type { Settings } from '../settings.js'
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
  return {
    training: await resolveFiles(settings.trainingFile, 'training', 'training-file'),
    validation: await resolveFiles(settings.validationFile, 'validation', 'validation-file'),
  }
}

/** Validates, counts and prices the files; the report goes to the log and its findings onto their lines. */
export async function checkDataset(files: DatasetFile[], options: AnalyzeOptions): Promise<DatasetReport> {
  const report = await analyzeDataset(files, options)
  core.info(textReport(report))
  annotate(report.files.flatMap(f => f.findings))
  return report
}

/** Writes the JSON report and sets the dataset outputs (valid, examples, tokens, ...). */
export async function publishDatasetReport(report: DatasetReport, reportFile: string | undefined): Promise<string> {
  const target = await writeJsonReport(reportFile, 'report.json', report)
  core.info(`JSON report: ${target}`)
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
