import * as core from '@actions/core'
import { logData, repositoryLinks, writeSummary } from '../action-io.js'
import { isOpenAIConnection } from '../backend/provider.js'
import type { DatasetReport } from '../dataset/analyze-dataset.js'
import type { ExampleIndex } from '../dataset/analyze-file.js'
import { alternativeCosts } from '../estimate/alternatives.js'
import { pullRequestContext } from '../github/pull-request.js'
import { plural } from '../report/format.js'
import { COMMENT_MAX_CHARS, markdownReport, SUMMARY_MAX_CHARS, type ReportContext } from '../report/markdown.js'
import type { Settings } from '../settings.js'
import { checkDataset, datasetFiles, engineOptions, publishDatasetReport } from '../steps/check-dataset.js'
import { modelRetirement } from '../steps/retirement.js'

/**
 * Validate mode: the report in the log, annotations on the lines, the job summary, the JSON report and outputs; on
 * a pull request also the comparison with the base branch and one sticky comment.
 */
export async function validate(settings: Settings, workerScript?: URL): Promise<DatasetReport> {
  const { training, validation } = await datasetFiles(settings)
  const files = [...training, ...validation]
  const pr = pullRequestContext()
  // The SDK, Octokit and the eval engine load only when this run needs them: most of a small check's time is loading.
  const github = pr && settings.githubToken ? await import('../steps/pull-request-github.js') : undefined
  const octokit = github?.createOctokit(settings.githubToken)
  // A grader file is checked with the data on pull requests, so a field it reads that no example has shows up here.
  const grader = settings.graderFile
    ? await (await import('../steps/grader.js')).readGrader(settings.graderFile)
    : undefined
  const engine = engineOptions(settings, workerScript, grader)
  const headIndex = new Map<string, ExampleIndex>()
  const report = await checkDataset(files, { ...engine, exampleIndex: pr ? headIndex : undefined })

  // Validation sends nothing to the backend unless check-model-retirement asks: then, with a key, the server's
  // shutdown date wins over the table.
  if (settings.checkModelRetirement && !settings.backend.apiKey)
    core.warning('check-model-retirement is true, but no api-key is given: the built-in dates are used.')
  const backend =
    settings.checkModelRetirement && settings.backend.apiKey
      ? (await import('../backend/index.js')).createBackend(settings.backend)
      : undefined
  const notices = await modelRetirement(settings.model, {
    backend,
    isOpenAI: isOpenAIConnection(settings.backend),
    provider: settings.backend.provider,
  })
  const context: ReportContext = { notices, alternatives: alternativeCosts(report) }
  if (settings.maxCost !== undefined) context.budget = { maxCostUsd: settings.maxCost }
  context.links = repositoryLinks(pr?.headSha ?? process.env.GITHUB_SHA)
  if (pr) {
    if (github && octokit)
      Object.assign(context, await github.compareWithBase(octokit, pr, files, report, headIndex, engine))
    else context.baseNote = 'No github-token: the base branch was not compared.'
  }

  await publishDatasetReport(report, settings)
  const t = report.totals
  await writeSummary(markdownReport(report, context, SUMMARY_MAX_CHARS))
  if (pr && settings.comment) {
    const target = octokit && {
      octokit,
      owner: pr.owner,
      repo: pr.repo,
      number: pr.number,
      key: settings.commentKey,
      fromFork: pr.fromFork,
    }
    if (github && target) {
      await github.writePullRequestComment(target, markdownReport(report, context, COMMENT_MAX_CHARS - 200))
    } else core.warning('No github-token: the pull request comment is skipped; the report is in the job summary.')
  }

  const failures: string[] = []
  if (settings.eval.file) {
    const evalFile = await (await import('../steps/evaluation.js')).loadEvalFile(settings.eval.file)
    logData(
      `Eval file ${evalFile.path}: ${evalFile.cases.length} cases, ${plural(evalFile.errors, 'error')}, ${plural(evalFile.warnings, 'warning')}`,
    )
    if (evalFile.errors > 0) failures.push(`The eval file ${evalFile.path} has ${plural(evalFile.errors, 'error')}.`)
  }
  if (settings.maxCost !== undefined) {
    if (t.estimatedCostUsd === null)
      core.warning(
        `max-cost is set, but the cost of ${settings.model} is unknown: set price-per-million-tokens to check the budget.`,
      )
    else if (t.estimatedCostUsd > settings.maxCost)
      failures.push(`The estimated training cost $${t.estimatedCostUsd} is over max-cost $${settings.maxCost}.`)
  }
  const failing = settings.failOn === 'error' ? t.errors : settings.failOn === 'warning' ? t.errors + t.warnings : 0
  if (failing > 0) {
    const what =
      settings.failOn === 'warning'
        ? `${plural(t.errors, 'error')} and ${plural(t.warnings, 'warning')}`
        : plural(t.errors, 'error')
    failures.push(
      `The fine-tuning data has ${what} (fail-on: ${settings.failOn}); see the annotations and the job summary.`,
    )
  }
  if (failures.length > 0) core.setFailed(failures.join(' '))
  return report
}
