/** A problem with what the user gave us (inputs, paths): its message is the whole story, no stack trace needed. */
export class InputError extends Error {
  override name = 'InputError'
}

/** The message of anything thrown, never its stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
