import { readFileSync, writeFileSync } from 'node:fs'
import { applySections, generatedSections } from '../scripts/docs.js'
import { ROOT } from './helpers/run-action.js'

// `npm run docs` runs this file with UPDATE_DOCS=1 to rewrite the generated blocks.
describe('README', () => {
  test('the inputs, outputs and finding-code tables match action.yml and the engine', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8')
    const expected = applySections(readme, generatedSections(ROOT))
    if (process.env.UPDATE_DOCS === '1') writeFileSync(`${ROOT}README.md`, expected)
    else expect(readme).toBe(expected)
  })

  test('the quick start commands are the ones package.json and .ci/run use', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8')
    const ci = readFileSync(`${ROOT}.ci/run`, 'utf8')
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/
      .exec(readme)![1]
      .trim()
      .split('\n')
      .map(l => l.replace(/\s+#.*$/, ''))
    expect(quick).toHaveLength(2)
    const testCommand = quick[1].split('&&').map(s => s.trim())
    for (const cmd of testCommand) expect(ci).toContain(`\n${cmd}\n`)
    const scripts = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).scripts
    expect(scripts[quick[0].replace('npm run ', '')]).toBeDefined()
  })
})
