import { readFile } from 'node:fs/promises'
import { textSha256 } from '../backend/training-key.js'
import { InputError, messageOf } from '../errors.js'
import { confineInput } from '../workspace.js'

export interface Grader {
  /** The grader as the file gives it; the dataset analysis checks it and the fields it reads. */
  value: unknown
  sha256: string
}

/** The reinforcement grader file, read once: checked against the data on pull requests, sent with the job on merge. */
export async function readGrader(file: string): Promise<Grader> {
  const real = await confineInput(file, 'grader-file')
  let text: string
  try {
    text = await readFile(real, 'utf8')
  } catch (error) {
    throw new InputError(`grader-file: cannot read ${file}: ${messageOf(error)}`)
  }
  try {
    return { value: JSON.parse(text), sha256: textSha256(text) }
  } catch (error) {
    throw new InputError(`grader-file: ${file} is not valid JSON: ${messageOf(error)}`)
  }
}
