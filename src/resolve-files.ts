import * as glob from '@actions/glob'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { DatasetFile } from './dataset/analyze-dataset.js'
import type { FileRole } from './dataset/analyze-file.js'
import { InputError } from './errors.js'

const GLOB_CHARS = /[*?[{]/

/**
 * Expands paths and glob patterns (`!pattern` excludes, as in @actions/glob) into files, named relative to `cwd` so
 * findings and annotations use the path a reader knows from the repository.
 */
export async function resolveFiles(
  patterns: string[],
  role: FileRole,
  inputName: string,
  cwd = process.cwd(),
): Promise<DatasetFile[]> {
  if (patterns.length === 0) return []
  const anchored = patterns.map(p => (p.startsWith('!') ? `!${path.resolve(cwd, p.slice(1))}` : path.resolve(cwd, p)))
  let found: string[]
  if (patterns.some(p => GLOB_CHARS.test(p) || p.startsWith('!'))) {
    found = await (
      await glob.create(anchored.join('\n'), { matchDirectories: false, implicitDescendants: false })
    ).glob()
  } else {
    found = []
    for (const [i, file] of anchored.entries()) {
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
  return [...new Set(found)].sort().map(abs => {
    const rel = path.relative(cwd, abs)
    return { path: path.isAbsolute(rel) ? abs : rel, role }
  })
}
