import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface RunnerSpec {
  /** The bundled action, e.g. dist/index.js. */
  action: string
  /** INPUT_* values, by input name. */
  inputs: Record<string, string>
  eventName: string
  /** The event payload (GITHUB_EVENT_PATH). */
  event?: unknown
  /** GITHUB_WORKSPACE and the working directory. */
  workspace: string
  /** More environment (GITHUB_API_URL, GITHUB_SHA, ...); wins over the defaults. */
  env?: Record<string, string>
  /** Each line the action prints, as it prints it. */
  onLine?: (line: string) => void
  /** The process as soon as it starts (to signal it, for example). */
  onChild?: (child: ChildProcess) => void
}

export interface RunnerResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** The GITHUB_OUTPUT file as the action wrote it, delimiters and all. */
  outputFile: string
  summary: string
}

/**
 * Runs the action as a GitHub runner does: a node process with INPUT_* variables and the files a runner provides
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, RUNNER_TEMP). Used by the demo and the end-to-end tests.
 */
export async function runActionProcess(spec: RunnerSpec): Promise<RunnerResult> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'fine-tune-run-'))
  const files = {
    output: path.join(tmp, 'output'),
    summary: path.join(tmp, 'summary'),
    event: path.join(tmp, 'event.json'),
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(spec.event ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: tmp,
    ...spec.env,
  }
  for (const [name, value] of Object.entries(spec.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [spec.action], { cwd: spec.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  spec.onChild?.(child)
  let stdout = ''
  let stderr = ''
  let pending = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk
    if (!spec.onLine) return
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop()!
    for (const line of lines) spec.onLine(line)
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    outputFile: readFileSync(files.output, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]!
  return outputs
}
