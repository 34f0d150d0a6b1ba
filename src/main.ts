import * as core from '@actions/core'
import { InputError, messageOf, registerSecret } from './errors.js'
import { validate } from './modes/validate.js'
import { parseSettings } from './settings.js'

/** The action: parse the inputs once, run the mode, and fail with a message (never a stack trace). */
export async function run(options: { workerScript?: URL } = {}): Promise<void> {
  try {
    const settings = parseSettings(name => core.getInput(name), process.env.GITHUB_EVENT_NAME)
    for (const secret of [settings.githubToken, settings.backend.apiKey]) {
      if (!secret) continue
      core.setSecret(secret)
      registerSecret(secret)
    }
    if (settings.modeFromEvent)
      core.info(`mode: ${settings.mode} (from the ${process.env.GITHUB_EVENT_NAME ?? 'unknown'} event)`)
    // Training and evaluation are loaded when they run: a pull request's check does not pay for parsing the SDK and
    // the training code. The check itself is in this bundle, since loading it as a chunk costs a short run 2 ms.
    switch (settings.mode) {
      case 'validate':
        await validate(settings, options.workerScript)
        break
      case 'train':
        await (await import('./modes/train.js')).train(settings, options.workerScript)
        break
      case 'evaluate':
        await (await import('./modes/evaluate.js')).evaluate(settings)
        break
    }
  } catch (error) {
    if (!(error instanceof InputError) && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(messageOf(error))
  }
}
