import * as glob from '@actions/glob'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { DatasetFile } from './dataset/analyze-dataset.js'
import type { FileRole } from './dataset/analyze-file.js'
import { InputError } from './errors.js'

/**
 * Expands paths and glob patterns (one per entry) into files, relative to `cwd`, so findings and
 * annotations name the path a reader knows from the repository.
 */
export async function resolveFiles(patterns: string[], role: FileRole, inputName: string, cwd = process.cwd()): Promise<DatasetFile[]> {
  const files: DatasetFile[] = []
  for (const pattern of patterns) {
    const matches = /[*?[{]/.test(pattern)
      ? await (await glob.create(path.resolve(cwd, pattern), { matchDirectories: false })).glob()
      : [path.resolve(cwd, pattern)]
    const found: string[] = []
    for (const match of matches.sort()) {
      const info = await stat(match).catch(() => undefined)
      if (info?.isFile()) found.push(match)
      else if (info) throw new InputError(`${inputName}: ${pattern} is a directory; give a file or a glob such as ${path.join(pattern, '*.jsonl')}`)
    }
    if (found.length === 0) throw new InputError(`${inputName}: no file matches ${JSON.stringify(pattern)} (looked in ${cwd})`)
    for (const abs of found) {
      const rel = path.relative(cwd, abs)
      files.push({ path: path.isAbsolute(rel) ? abs : rel, role })
    }
  }
  return files
}
