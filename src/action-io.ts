import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Finding } from './dataset/findings.js'
import { messageOf } from './errors.js'
import { randomToken } from './random-token.js'
import { confineOutput } from './workspace.js'

/** GitHub shows at most 10 error and 10 warning annotations per step; more are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10

/** Everything the runner is told besides the log: annotations, outputs, the job summary and files it keeps. */
export function annotate(findings: Finding[]): void {
  const shown = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) {
    if (shown[f.severity]++ >= ANNOTATIONS_PER_SEVERITY) continue
    const props = { title: f.code, file: f.file, ...(f.line !== null && { startLine: f.line }) }
    if (f.severity === 'error') core.error(f.message, props)
    else if (f.severity === 'warning') core.warning(f.message, props)
    else core.notice(f.message, props)
  }
}

/**
 * Prints text that holds data (file names, JSON keys, dataset text, a server's words) to the log. The runner reads
 * any log line that starts with `::` or holds `##[` as a command (`::add-mask::`, `::error::`, `##[stop-commands]`),
 * and a line break inside the data starts a new line; so such text is printed between `::stop-commands::` and a
 * random token the data cannot know, where the runner runs no command. Annotations and `setFailed` need no such
 * care: @actions/core escapes their line breaks and the line starts with the command.
 */
export function logData(text: string): void {
  if (!/::|##\[|[\r\n\u0085\u2028\u2029]/.test(text)) {
    core.info(text)
    return
  }
  const token = randomToken()
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

/** The summary is a view of the report: when the runner gives no writable summary file, say so and go on. */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${messageOf(error)}`)
  }
}

/** A path in this action's folder of the runner's temporary directory (the system's outside a runner). */
export function tempPath(...segments: string[]): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fine-tune-action', ...segments)
}

/**
 * Writes a JSON report where the input says (never over an input file, never out of the workspace on a runner: see
 * confineOutput), or in the temporary folder under `defaultName`; returns its path.
 */
export async function writeJsonReport(
  file: string | undefined,
  defaultName: string,
  value: unknown,
  where: { input: string; namedInputs: Record<string, string | undefined> },
): Promise<string> {
  const target = file ? await confineOutput(file, where.input, where.namedInputs) : tempPath(defaultName)
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(value, null, 2)}\n`)
  return target
}

/** A progress log that speaks each time another tenth of the work is done, not at every step. */
export function tenthsLogger(): (done: number, total: number, message: string) => void {
  let lastTenth = -1
  return (done, total, message) => {
    const tenth = Math.floor((done / total) * 10)
    if (tenth !== lastTenth) logData(message)
    lastTenth = tenth
  }
}

/** Links from findings to lines at the commit being checked. */
export function repositoryLinks(
  sha: string | undefined,
): { serverUrl: string; owner: string; repo: string; sha: string } | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  return sha && owner && repo
    ? { serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', owner, repo, sha }
    : undefined
}
