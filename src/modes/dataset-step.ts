import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { AnalyzeOptions, DatasetReport } from '../dataset/analyze-dataset.js'
import type { Finding } from '../dataset/findings.js'
import { messageOf } from '../errors.js'
import { workerOptions } from '../resolve-files.js'
import type { Settings } from '../settings.js'

/** GitHub shows at most 10 error and 10 warning annotations per step; more are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10
const PROGRESS_MIN_BYTES = 50 * 1024 * 1024

/** The engine's options from the settings: the same for validating a pull request and before training. */
export function engineOptions(settings: Settings, workerScript: URL | undefined): AnalyzeOptions {
  let lastTenth = -1
  return {
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
  }
}

export function annotate(findings: Finding[]): void {
  const shown = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) {
    if (shown[f.severity]++ >= ANNOTATIONS_PER_SEVERITY) continue
    const props = { title: `${f.code}`, file: f.file, ...(f.line !== null && { startLine: f.line }) }
    if (f.severity === 'error') core.error(f.message, props)
    else if (f.severity === 'warning') core.warning(f.message, props)
    else core.notice(f.message, props)
  }
}

/** Writes the JSON report and sets the dataset outputs (valid, examples, tokens, ...). */
export async function publishReport(report: DatasetReport, reportFile: string | undefined): Promise<string> {
  const target = path.resolve(reportFile ?? path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fine-tune-action', 'report.json'))
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(report, null, 2)}\n`)
  core.info(`JSON report: ${target}`)
  const t = report.totals
  core.setOutput('valid', String(report.valid))
  core.setOutput('examples', String(t.examples))
  core.setOutput('tokens', String(t.tokens))
  core.setOutput('billed-tokens', String(t.billedTokens))
  core.setOutput('epochs', String(t.epochs))
  core.setOutput('estimated-cost', t.estimatedCostUsd === null ? '' : String(t.estimatedCostUsd))
  core.setOutput('report-path', target)
  return target
}

/** The summary is a view of the report: when the runner gives no writable summary file, say so and go on. */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${messageOf(error)}`)
  }
}

/** Links from findings to lines at the commit being checked. */
export function repositoryLinks(sha: string | undefined): { serverUrl: string; owner: string; repo: string; sha: string } | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  return sha && owner && repo ? { serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', owner, repo, sha } : undefined
}
