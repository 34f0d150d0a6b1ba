import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from './errors.js'

/**
 * On a runner the workspace holds the pull request's files, symbolic links included: a link to /proc/self/environ
 * or /etc/passwd named as the dataset would be read and quoted in the report, the comment and the annotations. So
 * every path an input names must stay in the workspace once links are followed. Outside a runner (no
 * GITHUB_WORKSPACE: the CLI, a person's own machine) paths are read where they point.
 */
export function workspaceRoot(): string | undefined {
  return process.env.GITHUB_WORKSPACE || undefined
}

export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

const OUTSIDE_RULE = 'on a runner this action reads and writes files in the workspace only'

/** Files read in this run (real path → input), so that no report is written over one of them. */
const inputsRead = new Map<string, string>()

/**
 * The path to read for an input naming one file, after checking that it and every link on the way stay in the
 * workspace. A file that does not exist is returned as given, for the reader to report.
 */
export async function confineInput(
  file: string,
  inputName: string,
  root = workspaceRoot(),
  shown = file,
): Promise<string> {
  const abs = path.resolve(file)
  if (root) {
    const realRoot = await realpath(root)
    if (!isInside(abs, path.resolve(root)) && !isInside(abs, realRoot))
      throw new InputError(`${inputName}: ${shown} is outside the workspace; ${OUTSIDE_RULE}.`)
    const real = await realpath(abs).catch(() => undefined)
    if (real !== undefined && !isInside(real, realRoot))
      throw new InputError(
        `${inputName}: ${shown} is a symbolic link (or goes through one) that leads outside the workspace; refused, as ${OUTSIDE_RULE}.`,
      )
  }
  const real = await realpath(abs).catch(() => abs)
  inputsRead.set(real, inputName)
  return real
}

/**
 * The path to write a report to: never over an input of this run (inputs named but not read yet included), never
 * through a symbolic link, and on a runner in the workspace or the runner's temporary folder.
 */
export async function confineOutput(
  file: string,
  inputName: string,
  namedInputs: Record<string, string | undefined> = {},
): Promise<string> {
  const abs = path.resolve(file)
  const link = await lstat(abs).then(
    s => s.isSymbolicLink(),
    () => false,
  )
  if (link) throw new InputError(`${inputName}: ${file} is a symbolic link; give the path of a plain file.`)
  // The nearest folder that exists decides where the file lands; the rest is created under it.
  let existing = path.dirname(abs)
  while ((await realpath(existing).catch(() => undefined)) === undefined && path.dirname(existing) !== existing)
    existing = path.dirname(existing)
  const target = path.join(await realpath(existing), path.relative(existing, abs))
  const root = workspaceRoot()
  if (root) {
    const allowed = [root, process.env.RUNNER_TEMP].filter((d): d is string => Boolean(d))
    const realAllowed = await Promise.all(allowed.map(d => realpath(d).catch(() => path.resolve(d))))
    if (!realAllowed.some(d => isInside(target, d)))
      throw new InputError(
        `${inputName}: ${file} ${isInside(abs, path.resolve(root)) ? 'leads through a symbolic link to' : 'is'} a place outside the workspace and the runner's temporary folder; refused.`,
      )
  }
  const named = await Promise.all(
    Object.entries(namedInputs)
      .filter((e): e is [string, string] => Boolean(e[1]))
      .map(async ([input, f]) => [await realpath(path.resolve(f)).catch(() => path.resolve(f)), input] as const),
  )
  const overwritten = inputsRead.get(target) ?? named.find(([real]) => real === target)?.[1]
  if (overwritten !== undefined)
    throw new InputError(
      `${inputName}: ${file} is an input of this run (${overwritten}); the report would be written over it. Give another path.`,
    )
  return target
}

/** Remembers a file resolved from a pattern as an input of this run. */
export function rememberInput(realPath: string, inputName: string): void {
  inputsRead.set(realPath, inputName)
}
