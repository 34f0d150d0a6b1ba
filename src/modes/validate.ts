import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { analyzeDataset, type AnalyzeOptions, type DatasetFile, type DatasetReport } from '../dataset/analyze-dataset.js'
import type { ExampleIndex } from '../dataset/analyze-file.js'
import { compareDatasets, type DatasetChange } from '../dataset/compare.js'
import type { Finding } from '../dataset/findings.js'
import { messageOf } from '../errors.js'
import { alternativeCosts } from '../estimate/alternatives.js'
import { resolveModel } from '../estimate/models.js'
import { retirementNotices } from '../estimate/retirement.js'
import { fetchBaseFiles } from '../github/base-files.js'
import { createOctokit, statusOf, type Octokit } from '../github/octokit.js'
import { pullRequestContext, type PullRequestContext } from '../github/pull-request.js'
import { upsertStickyComment } from '../github/sticky-comment.js'
import { plural } from '../report/format.js'
import { COMMENT_MAX_CHARS, markdownReport, SUMMARY_MAX_CHARS, type ReportContext } from '../report/markdown.js'
import { textReport } from '../report/text.js'
import { resolveFiles, workerOptions } from '../resolve-files.js'
import type { Settings } from '../settings.js'

/** GitHub shows at most 10 error and 10 warning annotations per step; more are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10
const PROGRESS_MIN_BYTES = 50 * 1024 * 1024

/**
 * Validate mode: the report in the log, annotations on the lines, the job summary, the JSON report and outputs; on
 * a pull request also the comparison with the base branch and one sticky comment.
 */
export async function validate(settings: Settings, workerScript?: URL): Promise<DatasetReport> {
  const files = [
    ...(await resolveFiles(settings.trainingFile, 'training', 'training-file')),
    ...(await resolveFiles(settings.validationFile, 'validation', 'validation-file')),
  ]
  const pr = pullRequestContext()
  const octokit = settings.githubToken ? createOctokit(settings.githubToken) : undefined
  let lastTenth = -1
  const engine: AnalyzeOptions = {
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
  const headIndex = new Map<string, ExampleIndex>()
  const report = await analyzeDataset(files, { ...engine, exampleIndex: pr ? headIndex : undefined })

  core.info(textReport(report))
  annotate(report.files.flatMap(f => f.findings))

  const context: ReportContext = { notices: retirementNotices(resolveModel(settings.model), new Date()), alternatives: alternativeCosts(report) }
  for (const notice of context.notices!) core.warning(notice.message, { title: 'Model retirement' })
  if (settings.maxCost !== undefined) context.budget = { maxCostUsd: settings.maxCost }
  const sha = pr?.headSha ?? process.env.GITHUB_SHA
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  if (sha && owner && repo) context.links = { serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', owner, repo, sha }
  if (pr) {
    if (octokit) Object.assign(context, await compareWithBase(octokit, pr, files, report, headIndex, engine))
    else context.baseNote = 'No github-token: the base branch was not compared.'
  }

  const reportPath = await writeReport(report, settings.reportFile)
  core.info(`JSON report: ${reportPath}`)
  const t = report.totals
  core.setOutput('valid', String(report.valid))
  core.setOutput('examples', String(t.examples))
  core.setOutput('tokens', String(t.tokens))
  core.setOutput('billed-tokens', String(t.billedTokens))
  core.setOutput('epochs', String(t.epochs))
  core.setOutput('estimated-cost', t.estimatedCostUsd === null ? '' : String(t.estimatedCostUsd))
  core.setOutput('report-path', reportPath)

  await writeSummary(markdownReport(report, context, SUMMARY_MAX_CHARS))
  if (pr && settings.comment) {
    if (octokit) await comment(octokit, pr, settings.commentKey, markdownReport(report, context, COMMENT_MAX_CHARS - 200))
    else core.warning('No github-token: the pull request comment is skipped; the report is in the job summary.')
  }

  const failures: string[] = []
  if (settings.maxCost !== undefined) {
    if (t.estimatedCostUsd === null) core.warning(`max-cost is set, but the cost of ${settings.model} is unknown: set price-per-million-tokens to check the budget.`)
    else if (t.estimatedCostUsd > settings.maxCost) failures.push(`The estimated training cost $${t.estimatedCostUsd} is over max-cost $${settings.maxCost}.`)
  }
  const failing = settings.failOn === 'error' ? t.errors : settings.failOn === 'warning' ? t.errors + t.warnings : 0
  if (failing > 0) {
    const what = settings.failOn === 'warning' ? `${plural(t.errors, 'error')} and ${plural(t.warnings, 'warning')}` : plural(t.errors, 'error')
    failures.push(`The fine-tuning data has ${what} (fail-on: ${settings.failOn}); see the annotations and the job summary.`)
  }
  if (failures.length > 0) core.setFailed(failures.join(' '))
  return report
}

/** The same files at the PR's base commit, read through the API and validated with the same settings. */
async function compareWithBase(
  octokit: Octokit,
  pr: PullRequestContext,
  files: DatasetFile[],
  head: DatasetReport,
  headIndex: Map<string, ExampleIndex>,
  engine: AnalyzeOptions,
): Promise<Pick<ReportContext, 'change' | 'baseNote'>> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const inRepo = files.filter(f => !path.relative(workspace, path.resolve(f.path)).startsWith('..'))
  const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fine-tune-action', `base-${pr.baseSha.slice(0, 12)}`)
  const repoPaths = inRepo.map(f => path.relative(workspace, path.resolve(f.path)).split(path.sep).join('/'))
  let fetched
  try {
    fetched = await fetchBaseFiles(octokit, pr.owner, pr.repo, pr.baseSha, repoPaths, dir)
  } catch (error) {
    return { baseNote: `The base branch was not compared: ${messageOf(error)}` }
  }
  const baseFiles: DatasetFile[] = []
  const unavailable = new Set<string>()
  const notes: string[] = []
  fetched.forEach((b, i) => {
    const file = inRepo[i]!
    if (b.state === 'found') baseFiles.push({ path: file.path, role: file.role, readFrom: b.localPath })
    else if (b.state === 'unavailable') {
      unavailable.add(file.path)
      notes.push(`${file.path} at the base commit could not be read (${b.reason}).`)
    }
  })
  const baseIndex = new Map<string, ExampleIndex>()
  let base: DatasetReport | undefined
  try {
    base = baseFiles.length > 0 ? await analyzeDataset(baseFiles, { ...engine, exampleIndex: baseIndex, onProgress: undefined }) : undefined
  } catch (error) {
    return { baseNote: `The base branch was not compared: ${messageOf(error)}` }
  }
  const change: DatasetChange = compareDatasets(head, headIndex, base, baseIndex, unavailable)
  if (!base) notes.push('Every file is new in this pull request.')
  return { change, baseNote: notes.length > 0 ? `Compared with the base branch at ${pr.baseSha.slice(0, 7)}. ${notes.join(' ')}` : undefined }
}

async function comment(octokit: Octokit, pr: PullRequestContext, key: string, body: string): Promise<void> {
  try {
    const result = await upsertStickyComment(octokit, { owner: pr.owner, repo: pr.repo, number: pr.number, key }, body)
    core.info(`Pull request comment ${result.action}: ${result.url}`)
    core.setOutput('comment-id', String(result.id))
    core.setOutput('comment-url', result.url)
  } catch (error) {
    // A read-only token (fork pull requests, missing `pull-requests: write`) must not fail the check.
    const why =
      statusOf(error) === 403 || statusOf(error) === 404
        ? `the token may not write to this pull request${pr.fromFork ? ' (it comes from a fork, where the token is read-only)' : ' (grant `permissions: pull-requests: write`)'}`
        : messageOf(error)
    core.warning(`The pull request comment was not written: ${why}. The full report is in the job summary.`)
  }
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
