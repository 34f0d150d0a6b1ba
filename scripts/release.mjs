#!/usr/bin/env node
// The release workflow's steps, kept here so a test can run them (.github/workflows/release.yml calls this).
//   node scripts/release.mjs check TAG        the tag is vX.Y.Z[-pre] and equals package.json's version
//   node scripts/release.mjs notes TAG        CHANGELOG.md's section for that version, as release notes
//   node scripts/release.mjs move-major TAG   points vX at TAG and pushes it (not for pre-releases), as
//                                             actions/checkout and the typescript-action template do
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const TAG = /^v(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/

export function parseTag(tag) {
  const m = TAG.exec(tag)
  if (!m) throw new Error(`${tag} is not a release tag: use vMAJOR.MINOR.PATCH, such as v1.2.0`)
  return { version: tag.slice(1), major: `v${m[1]}`, prerelease: m[4] !== undefined }
}

/** The body of `## [X.Y.Z]` (or `## X.Y.Z`) in a Keep a Changelog file, up to the next `## `. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex(l => new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(l))
  if (start < 0) throw new Error(`CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD"`)
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  if (!body) throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return body
}

function main([command, tag]) {
  const { version, major, prerelease } = parseTag(tag ?? '')
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  switch (command) {
    case 'check': {
      const pkg = JSON.parse(readFileSync('package.json', 'utf8')).version
      if (pkg !== version) throw new Error(`package.json says ${pkg}, the tag says ${version}: bump one of them`)
      console.log(`${tag} matches package.json`)
      break
    }
    case 'notes':
      console.log(releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version))
      break
    case 'move-major':
      if (prerelease) {
        console.log(`${tag} is a pre-release: ${major} stays where it is`)
        break
      }
      git('tag', '--force', '--annotate', major, '--message', `${major} → ${tag}`, `${tag}^{commit}`)
      git('push', '--force', 'origin', `refs/tags/${major}`)
      console.log(`${major} now points at ${tag} (${git('rev-parse', '--short', `${tag}^{commit}`).trim()})`)
      break
    default:
      throw new Error('usage: release.mjs check|notes|move-major TAG')
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
