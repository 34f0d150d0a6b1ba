import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { analyzeDataset, type AnalyzeOptions, type DatasetFile, type DatasetReport } from '../dataset/analyze-dataset.js'
import type { ExampleIndex } from '../dataset/analyze-file.js'
import { compareDatasets, type DatasetChange } from '../dataset/compare.js'
import { messageOf } from '../errors.js'
import { alternativeCosts } from '../estimate/alternatives.js'
import { resolveModel } from '../estimate/models.js'
import { createClient, isOpenAIBackend } from '../backend/client.js'
import { shutdownDateFromServer } from '../backend/models.js'
import { retirementNotices } from '../estimate/retirement.js'
import { fetchBaseFiles } from '../github/base-files.js'
import { createOctokit, type Octokit } from '../github/octokit.js'
import { pullRequestContext, type PullRequestContext } from '../github/pull-request.js'
import { writePullRequestComment } from '../github/sticky-comment.js'
import { plural } from '../report/format.js'
import { COMMENT_MAX_CHARS, markdownReport, SUMMARY_MAX_CHARS, type ReportContext } from '../report/markdown.js'
import { textReport } from '../report/text.js'
import { resolveFiles } from '../resolve-files.js'
import { annotate, engineOptions, publishReport, repositoryLinks, writeSummary } from './dataset-step.js'
import { loadEvalFile } from './evaluate.js'
import type { Settings } from '../settings.js'

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
  const engine = engineOptions(settings, workerScript)
  const headIndex = new Map<string, ExampleIndex>()
  const report = await analyzeDataset(files, { ...engine, exampleIndex: pr ? headIndex : undefined })

  core.info(textReport(report))
  annotate(report.files.flatMap(f => f.findings))

  // No secret is needed on pull requests; when a key is given anyway, the server's shutdown date wins over the table.
  const model = resolveModel(settings.model)
  const shutdownDate = settings.openai.apiKey ? await shutdownDateFromServer(createClient(settings.openai), model.base) : undefined
  const notices = retirementNotices(model, new Date(), { shutdownDate, openaiBackend: isOpenAIBackend(settings.openai.baseUrl) })
  const context: ReportContext = { notices, alternatives: alternativeCosts(report) }
  for (const notice of context.notices!) core.warning(notice.message, { title: 'Model retirement' })
  if (settings.maxCost !== undefined) context.budget = { maxCostUsd: settings.maxCost }
  context.links = repositoryLinks(pr?.headSha ?? process.env.GITHUB_SHA)
  if (pr) {
    if (octokit) Object.assign(context, await compareWithBase(octokit, pr, files, report, headIndex, engine))
    else context.baseNote = 'No github-token: the base branch was not compared.'
  }

  await publishReport(report, settings.reportFile)
  const t = report.totals
  await writeSummary(markdownReport(report, context, SUMMARY_MAX_CHARS))
  if (pr && settings.comment) {
    const target = octokit && { octokit, owner: pr.owner, repo: pr.repo, number: pr.number, key: settings.commentKey, fromFork: pr.fromFork }
    if (target) await writePullRequestComment(target, markdownReport(report, context, COMMENT_MAX_CHARS - 200))
    else core.warning('No github-token: the pull request comment is skipped; the report is in the job summary.')
  }

  const failures: string[] = []
  if (settings.eval.file) {
    const evalFile = await loadEvalFile(settings.eval.file)
    core.info(`Eval file ${evalFile.path}: ${evalFile.cases.length} cases, ${plural(evalFile.errors, 'error')}, ${plural(evalFile.warnings, 'warning')}`)
    if (evalFile.errors > 0) failures.push(`The eval file ${evalFile.path} has ${plural(evalFile.errors, 'error')}.`)
  }
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

