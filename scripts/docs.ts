import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { FINDING_CODES } from '../src/dataset/findings.js'
import { differencesTable } from '../__tests__/evaluate/promptfoo-cases.js'

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

/** README sections that are generated, each between `<!-- start NAME -->` and `<!-- end NAME -->`. */
export function generatedSections(root: string): Record<string, string> {
  const action = parse(readFileSync(`${root}/action.yml`, 'utf8')) as ActionYml
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? '**required**' : i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`,
    ),
  ]
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ]
  const codes = [
    '| code | severity | rule |',
    '|---|---|---|',
    ...Object.entries(FINDING_CODES).map(([code, c]) => `| \`${code}\` | ${c.severity} | ${cell(c.rule)} |`),
  ]
  return {
    inputs: inputs.join('\n'),
    outputs: outputs.join('\n'),
    'finding-codes': codes.join('\n'),
    'promptfoo-differences': differencesTable(),
  }
}

export function applySections(readme: string, sections: Record<string, string>): string {
  let out = readme
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- start ${name} -->)[\\s\\S]*?(<!-- end ${name} -->)`)
    if (!re.test(out)) throw new Error(`README.md has no <!-- start ${name} --> ... <!-- end ${name} --> block`)
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${body}\n${b}`)
  }
  return out
}
