import path from 'node:path'
import { tempPath } from '../action-io.js'
import {
  analyzeDataset,
  type AnalyzeOptions,
  type DatasetFile,
  type DatasetReport,
} from '../dataset/analyze-dataset.js'
import type { ExampleIndex } from '../dataset/analyze-file.js'
import { compareDatasets, type DatasetChange } from '../dataset/compare.js'
import { messageOf } from '../errors.js'
import { fetchBaseFiles } from '../github/base-files.js'
import type { Octokit } from '../github/octokit.js'
import type { PullRequestContext } from '../github/pull-request.js'
import type { ReportContext } from '../report/markdown.js'

/** The same files at the PR's base commit, read through the API and validated with the same settings. */
export async function compareWithBase(
  octokit: Octokit,
  pr: PullRequestContext,
  files: DatasetFile[],
  head: DatasetReport,
  headIndex: Map<string, ExampleIndex>,
  engine: AnalyzeOptions,
): Promise<Pick<ReportContext, 'change' | 'baseNote'>> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const inRepo = files.filter(f => !path.relative(workspace, path.resolve(f.path)).startsWith('..'))
  const dir = tempPath(`base-${pr.baseSha.slice(0, 12)}`)
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
    const file = inRepo[i]
    if (b.state === 'found') baseFiles.push({ path: file.path, role: file.role, readFrom: b.localPath })
    else if (b.state === 'unavailable') {
      unavailable.add(file.path)
      notes.push(`${file.path} at the base commit could not be read (${b.reason}).`)
    }
  })
  const baseIndex = new Map<string, ExampleIndex>()
  let base: DatasetReport | undefined
  try {
    base =
      baseFiles.length > 0
        ? await analyzeDataset(baseFiles, { ...engine, exampleIndex: baseIndex, onProgress: undefined })
        : undefined
  } catch (error) {
    return { baseNote: `The base branch was not compared: ${messageOf(error)}` }
  }
  const change: DatasetChange = compareDatasets(head, headIndex, base, baseIndex, unavailable)
  if (!base) notes.push('Every file is new in this pull request.')
  return {
    change,
    baseNote:
      notes.length > 0 ? `Compared with the base branch at ${pr.baseSha.slice(0, 7)}. ${notes.join(' ')}` : undefined,
  }
}
