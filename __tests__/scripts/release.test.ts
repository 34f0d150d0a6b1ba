import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/run-action.js'
// @ts-expect-error -- a plain .mjs script, run by the release workflow; no types of its own
import { parseTag, releaseNotes } from '../../scripts/release.mjs'

const SCRIPT = path.join(ROOT, 'scripts/release.mjs')
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

describe('the release steps (scripts/release.mjs, as .github/workflows/release.yml runs them)', () => {
  test('tags: vX.Y.Z moves vX; a pre-release does not; anything else is refused', () => {
    expect(parseTag('v1.2.3')).toEqual({ version: '1.2.3', major: 'v1', prerelease: false })
    expect(parseTag('v2.0.0-rc.1')).toEqual({ version: '2.0.0-rc.1', major: 'v2', prerelease: true })
    expect(() => parseTag('1.2.3')).toThrow('1.2.3 is not a release tag')
    expect(() => parseTag('v1')).toThrow('v1 is not a release tag')
  })

  test("the notes are the version's CHANGELOG section; this repository's version has one", () => {
    const changelog =
      '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-12-01\n\n- New.\n\n## [1.0.0] - 2026-11-01\n\n- Old.\n'
    expect(releaseNotes(changelog, '1.1.0')).toBe('- New.')
    expect(releaseNotes(changelog, '1.0.0')).toBe('- Old.')
    expect(() => releaseNotes(changelog, '1.2.0')).toThrow('CHANGELOG.md has no section for 1.2.0')
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
    expect(releaseNotes(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), version)).toMatch(/^### Added/)
  })

  test('a dry run against a local remote: check, then v1 follows each release and ignores a pre-release', () => {
    const remote = mkdtempSync(path.join(os.tmpdir(), 'remote-'))
    git(remote, 'init', '-q', '--bare')
    const work = mkdtempSync(path.join(os.tmpdir(), 'work-'))
    git(work, 'init', '-q')
    git(work, 'config', 'user.email', 'test@example.com')
    git(work, 'config', 'user.name', 'test')
    git(work, 'remote', 'add', 'origin', remote)
    const release = (tag: string, ...command: string[]) =>
      spawnSync('node', [SCRIPT, ...command, tag], { cwd: work, encoding: 'utf8' })
    const commit = (version: string) => {
      writeFileSync(path.join(work, 'package.json'), JSON.stringify({ version }))
      git(work, 'add', '.')
      git(work, 'commit', '-q', '-m', version)
      git(work, 'tag', `v${version}`)
      git(work, 'push', '-q', 'origin', 'HEAD:main', `v${version}`)
      return git(work, 'rev-parse', 'HEAD')
    }

    const first = commit('1.0.0')
    expect(release('v1.0.1', 'check').stderr).toBe(
      'release: package.json says 1.0.0, the tag says 1.0.1: bump one of them\n',
    )
    expect(release('v1.0.0', 'check').status).toBe(0)
    expect(release('v1.0.0', 'move-major').status).toBe(0)
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(first)

    const second = commit('1.1.0')
    release('v1.1.0', 'move-major')
    expect(git(remote, 'rev-parse', 'v1^{commit}')).toBe(second)

    commit('2.0.0-rc.1')
    expect(release('v2.0.0-rc.1', 'move-major').stdout).toBe('v2.0.0-rc.1 is a pre-release: v2 stays where it is\n')
    expect(spawnSync('git', ['rev-parse', '--verify', '-q', 'v2'], { cwd: remote }).status).not.toBe(0)
  })
})
