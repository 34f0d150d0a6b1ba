import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const ROOT = new URL('../../', import.meta.url).pathname
export const ACTION = path.join(ROOT, 'dist/index.js')
export const CLI = path.join(ROOT, 'dist/cli/index.js')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Workflow commands (`::error file=..::message`) the run printed. */
  commands: { command: string; props: Record<string, string>; message: string }[]
}

export interface RunOptions {
  inputs: Record<string, string>
  eventName?: string
  event?: unknown
  workspace?: string
  env?: Record<string, string>
  /** Sees the process as soon as it starts (to signal it, for example). */
  onChild?: (child: ChildProcess) => void
}

/** Runs the bundled action as the runner does: a node process with INPUT_* and the GITHUB_* files. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'fta-run-'))
  const outputFile = path.join(tmp, 'output')
  const summaryFile = path.join(tmp, 'summary')
  const eventFile = path.join(tmp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace ?? ROOT,
    GITHUB_REPOSITORY: 'acme/support-bot',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp,
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [ACTION], { cwd: options.workspace ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  options.onChild?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(stdout),
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!
  return outputs
}

function parseCommands(stdout: string): ActionRun['commands'] {
  const out: ActionRun['commands'] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(\w+)(?: (.*?))?::(.*)$/.exec(line)
    if (!m) continue
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=')
      props[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/%2C/g, ','))
    }
    out.push({ command: m[1]!, props, message: decodeURIComponent(m[3]!.replace(/%0A/g, '\n')) })
  }
  return out
}

export function runCli(args: string[], cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  return new Promise(resolve => child.on('close', code => resolve({ code, stdout, stderr })))
}
