import { readdirSync, readFileSync } from 'node:fs'
import { DATASETS_DIR } from './reference.js'

/** Every string in every line of the shared datasets and the examples, and each line's own text. */
export function datasetTexts(): string[] {
  const files = [
    ...readdirSync(DATASETS_DIR)
      .filter(f => f.endsWith('.jsonl'))
      .map(f => `${DATASETS_DIR}${f}`),
    ...readdirSync('examples', { recursive: true, encoding: 'utf8' })
      .filter(f => f.endsWith('.jsonl'))
      .map(f => `examples/${f}`),
  ]
  const texts: string[] = []
  const strings = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(strings)
  }
  for (const file of files)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      texts.push(line)
      try {
        strings(JSON.parse(line))
      } catch {
        // A line that is not JSON (cookbook-not-jsonl.jsonl) is still text to count.
      }
    }
  return texts
}
