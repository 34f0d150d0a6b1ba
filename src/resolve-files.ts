import { lstat, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type * as Glob from '@actions/glob'
import type { DatasetFile } from './dataset/analyze-dataset.js'
import type { FileRole } from './dataset/analyze-file.js'
import { InputError } from './errors.js'
import { confineInput, isInside, rememberInput } from './workspace.js'

const GLOB_CHARS = /[*?[{]/

export interface ResolveOptions {
  cwd?: string
  /**
   * Confine the files to this folder (the runner's workspace): a path or link leading out of it is refused, and
   * globs do not follow links to folders. Without it (the CLI) paths and links are followed where they point.
   */
  workspace?: string
  /**
   * Told of each link to a directory that a glob passed without following it (on a runner only), once per link, so
   * that the caller can say which files were not read and why.
   */
  onSkippedLink?: (link: SkippedLink) => void
}

/** A symbolic link to a directory that a glob did not walk: whatever it holds was not read. */
export interface SkippedLink {
  /** The link, named as the matched files are (relative to `cwd`). */
  path: string
  inputName: string
  /** It leads outside the workspace. */
  outside: boolean
  /** What to tell the user: the input, the link, and the rule. */
  message: string
}

/**
 * Expands paths and glob patterns (`!pattern` excludes, as in @actions/glob) into files, named relative to `cwd` so
 * findings and annotations use the path a reader knows from the repository.
 */
export async function resolveFiles(
  patterns: string[],
  role: FileRole,
  inputName: string,
  options: ResolveOptions = {},
): Promise<DatasetFile[]> {
  const cwd = options.cwd ?? process.cwd()
  const { workspace } = options
  if (patterns.length === 0) return []
  const anchored = patterns.map(p => (p.startsWith('!') ? `!${path.resolve(cwd, p.slice(1))}` : path.resolve(cwd, p)))
  let found: string[]
  if (patterns.some(p => GLOB_CHARS.test(p) || p.startsWith('!'))) {
    // The fixed start of each pattern (what the search walks from) must itself stay in the workspace.
    if (workspace)
      for (const [i, p] of anchored.entries()) {
        if (p.startsWith('!')) continue
        const fixed = p.split(path.sep).findIndex(s => GLOB_CHARS.test(s))
        const start = fixed < 0 ? p : p.split(path.sep).slice(0, fixed).join(path.sep) || path.sep
        await confineInput(start, inputName, workspace, JSON.stringify(patterns[i]))
      }
    // @actions/glob (and minimatch) load only for patterns: a plain path, the usual case, does not pay for them.
    const glob = await import('@actions/glob')
    found = await (
      await glob.create(anchored.join('\n'), {
        matchDirectories: false,
        implicitDescendants: false,
        followSymbolicLinks: !workspace,
      })
    ).glob()
    if (workspace) {
      const skipped = new Set<string>()
      const report = async (link: string) => {
        if (skipped.has(link)) return
        skipped.add(link)
        options.onSkippedLink?.(await skippedLink(link, inputName, workspace, cwd))
      }
      if (options.onSkippedLink) {
        // Links the walk passed on its way (data/more under data/**/*.jsonl): the glob reports none of them.
        for (const link of await linksOnTheWay(glob, anchored, new Set(found))) await report(link)
      }
      found = await confineMatches(found, inputName, workspace, cwd, report)
    }
  } else {
    found = []
    for (const [i, file] of anchored.entries()) {
      if (workspace) await confineInput(file, inputName, workspace, patterns[i])
      const info = await stat(file).catch(() => undefined)
      if (!info) throw new InputError(`${inputName}: no file matches ${JSON.stringify(patterns[i])} (looked in ${cwd})`)
      if (!info.isFile())
        throw new InputError(
          `${inputName}: ${patterns[i]} is a directory; give a file or a glob such as ${path.join(patterns[i], '*.jsonl')}`,
        )
      found.push(file)
    }
  }
  if (found.length === 0)
    throw new InputError(
      `${inputName}: no file matches ${patterns.map(p => JSON.stringify(p)).join(', ')} (looked in ${cwd})`,
    )
  const files = [...new Set(found)].sort()
  for (const file of files) rememberInput(await realpath(file).catch(() => file), inputName)
  return files.map(abs => {
    const rel = path.relative(cwd, abs)
    return { path: path.isAbsolute(rel) ? abs : rel, role }
  })
}

/**
 * Without following links the glob reports a link as a file: a link to a file must stay in the workspace, and a
 * link to a folder is not walked (a link to /usr would be 100k files, one outside the workspace would be read).
 */
async function confineMatches(
  found: string[],
  inputName: string,
  workspace: string,
  cwd: string,
  onLinkToDirectory: (link: string) => Promise<void>,
): Promise<string[]> {
  const realRoot = await realpath(workspace)
  const kept: string[] = []
  for (const file of found) {
    const real = await realpath(file).catch(() => undefined)
    if (real === undefined) continue // a broken link: nothing to read
    const shown = path.relative(cwd, file)
    if (!isInside(real, realRoot))
      throw new InputError(
        `${inputName}: ${shown} is a symbolic link that leads outside the workspace; refused, as on a runner this action reads files in the workspace only.`,
      )
    const target = await stat(real)
    if (target.isFile()) kept.push(file)
    else if (target.isDirectory() && (await lstat(file)).isSymbolicLink()) await onLinkToDirectory(file)
  }
  return kept
}

/**
 * The links to directories a glob walk passes without entering: each entry where the walk would descend (its path
 * matches the start of a pattern, as `data/more` starts `data/**\/*.jsonl`) and which is a link. The glob says
 * nothing of them, so the same walk is made again over those starts, links not followed, and the links kept.
 */
async function linksOnTheWay(glob: typeof Glob, anchored: string[], matched: Set<string>): Promise<string[]> {
  const starts: string[] = []
  for (const pattern of anchored) {
    if (pattern.startsWith('!')) {
      starts.push(pattern)
      continue
    }
    const segments = pattern.split(path.sep)
    const firstGlob = segments.findIndex(s => GLOB_CHARS.test(s))
    if (firstGlob < 0) continue
    for (let end = firstGlob; end < segments.length; end++)
      starts.push(segments.slice(0, end).join(path.sep) || path.sep)
  }
  const entries = await (
    await glob.create(starts.join('\n'), {
      matchDirectories: false,
      implicitDescendants: false,
      followSymbolicLinks: false,
    })
  ).glob()
  const links: string[] = []
  for (const entry of entries) {
    // What the pattern matched is looked at by confineMatches already.
    if (matched.has(entry)) continue
    const info = await lstat(entry).catch(() => undefined)
    if (info?.isSymbolicLink() && (await stat(entry).catch(() => undefined))?.isDirectory()) links.push(entry)
  }
  return links
}

async function skippedLink(link: string, inputName: string, workspace: string, cwd: string): Promise<SkippedLink> {
  const rel = path.relative(cwd, link)
  const shown = path.isAbsolute(rel) ? link : rel
  const real = await realpath(link).catch(() => link)
  const outside = !isInside(real, await realpath(workspace))
  const message = outside
    ? `${inputName}: ${shown} is a symbolic link to a directory outside the workspace; the glob did not follow it, as on a runner this action reads files in the workspace only. Nothing under it was read.`
    : `${inputName}: ${shown} is a symbolic link to a directory; the glob did not follow it, as on a runner globs do not follow links to directories. Nothing under it was read: name the directory it points to in the pattern to check those files.`
  return { path: shown, inputName, outside, message }
}
