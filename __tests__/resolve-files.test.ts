import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { resolveFiles, type SkippedLink } from '../src/resolve-files.js'
import { tempDir } from './helpers/files.js'

/**
 * A workspace as a pull request could shape it: a real file, a link to a folder inside (data/current → data/v2), a
 * link to a folder outside (data/more), a link named like a dataset that is a folder (data/linked.jsonl), and a real
 * folder with a dataset's name (data/folder.jsonl).
 */
function workspace() {
  const outside = tempDir('fta-outside-')
  writeFileSync(path.join(outside, 'secret.jsonl'), '{}\n')
  const ws = tempDir('fta-ws-')
  const data = path.join(ws, 'data')
  mkdirSync(path.join(data, 'v2'), { recursive: true })
  mkdirSync(path.join(data, 'folder.jsonl'))
  writeFileSync(path.join(data, 'real.jsonl'), '{}\n')
  writeFileSync(path.join(data, 'v2', 'train.jsonl'), '{}\n')
  symlinkSync(path.join(data, 'v2'), path.join(data, 'current'))
  symlinkSync(outside, path.join(data, 'more'))
  symlinkSync(path.join(data, 'v2'), path.join(data, 'linked.jsonl'))
  return { ws, outside }
}

async function resolve(patterns: string[], ws: string, confine = true) {
  const skipped: SkippedLink[] = []
  const files = await resolveFiles(patterns, 'training', 'training-file', {
    cwd: ws,
    workspace: confine ? ws : undefined,
    onSkippedLink: link => skipped.push(link),
  })
  return { paths: files.map(f => f.path), skipped }
}

const INSIDE = (link: string) =>
  `training-file: ${link} is a symbolic link to a directory; the glob did not follow it, as on a runner globs do not follow links to directories. Nothing under it was read: name the directory it points to in the pattern to check those files.`
const OUTSIDE = (link: string) =>
  `training-file: ${link} is a symbolic link to a directory outside the workspace; the glob did not follow it, as on a runner this action reads files in the workspace only. Nothing under it was read.`

describe('on a runner, a glob that passes a link to a directory says so', () => {
  test('links the walk passes, inside and outside the workspace, are reported once each; the files found are the real ones', async () => {
    const { ws } = workspace()
    const { paths, skipped } = await resolve(['data/**/*.jsonl'], ws)
    expect(paths).toEqual(['data/real.jsonl', 'data/v2/train.jsonl'])
    // The links that only start the pattern come first; data/linked.jsonl matches it, and is found among the matches.
    expect(skipped).toEqual([
      { path: 'data/current', inputName: 'training-file', outside: false, message: INSIDE('data/current') },
      { path: 'data/more', inputName: 'training-file', outside: true, message: OUTSIDE('data/more') },
      { path: 'data/linked.jsonl', inputName: 'training-file', outside: false, message: INSIDE('data/linked.jsonl') },
    ])
  })

  test('a link the pattern matches is reported; a real folder it matches is not', async () => {
    const { ws } = workspace()
    const { paths, skipped } = await resolve(['data/*.jsonl'], ws)
    expect(paths).toEqual(['data/real.jsonl'])
    expect(skipped.map(s => s.message)).toEqual([INSIDE('data/linked.jsonl')])
  })

  test('two patterns passing the same link report it once; an excluded link is not reported', async () => {
    const { ws } = workspace()
    const both = await resolve(['data/**/*.jsonl', 'data/**/train.jsonl'], ws)
    expect(both.skipped.map(s => s.path)).toEqual(['data/current', 'data/more', 'data/linked.jsonl'])
    const excluded = await resolve(['data/**/*.jsonl', '!data/more', '!data/linked.jsonl'], ws)
    expect(excluded.skipped.map(s => s.path)).toEqual(['data/current'])
  })

  test('a pattern that starts at a link says why nothing matched before it fails', async () => {
    const { ws } = workspace()
    const skipped: SkippedLink[] = []
    await expect(
      resolveFiles(['data/current/*.jsonl'], 'training', 'training-file', {
        cwd: ws,
        workspace: ws,
        onSkippedLink: link => skipped.push(link),
      }),
    ).rejects.toThrow(`training-file: no file matches "data/current/*.jsonl" (looked in ${ws})`)
    expect(skipped.map(s => s.message)).toEqual([INSIDE('data/current')])
  })

  test('a link out of the workspace that the pattern matches is still refused', async () => {
    const { ws } = workspace()
    await expect(resolve(['data/*'], ws)).rejects.toThrow(
      'training-file: data/more is a symbolic link that leads outside the workspace; refused',
    )
  })

  test('outside a runner links are followed: nothing is skipped', async () => {
    const { ws } = workspace()
    const { paths, skipped } = await resolve(['data/**/*.jsonl'], ws, false)
    expect(paths).toEqual([
      'data/current/train.jsonl',
      'data/linked.jsonl/train.jsonl',
      'data/more/secret.jsonl',
      'data/real.jsonl',
      'data/v2/train.jsonl',
    ])
    expect(skipped).toEqual([])
  })
})
