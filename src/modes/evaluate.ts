import * as core from '@actions/core'
import { writeSummary } from '../action-io.js'
import { createBackend } from '../backend/index.js'
import { InputError } from '../errors.js'
import type { Settings } from '../settings.js'
import { runEvaluation } from '../steps/evaluation.js'

/** Evaluate mode: a fine-tune (eval-model, or job-id's model) against the comparison models, e.g. on a schedule. */
export async function evaluate(settings: Settings): Promise<void> {
  if (!settings.backend.apiKey && settings.backend.provider !== 'azure')
    throw new InputError("mode 'evaluate' needs api-key (or openai-api-key): pass it from a secret")
  if (!settings.eval.file) throw new InputError("mode 'evaluate' needs eval-file: a JSONL file of cases")
  const backend = createBackend(settings.backend)
  let model = settings.eval.model
  let base: string | undefined
  if (settings.jobId) {
    const job = await backend.getJob(settings.jobId)
    base = job.baseModel
    model ??= job.fineTunedModel ?? undefined
    if (!model) throw new InputError(`job ${job.id} is ${job.status} and has no fine-tuned model yet`)
  }
  if (!model) throw new InputError("mode 'evaluate' needs eval-model (or job-id of a finished job)")
  const result = await runEvaluation(settings, backend, model, base)
  if (!result) return
  await writeSummary(result.markdown)
  if (!result.summary.gates.passed)
    core.setFailed(`Evaluation gate failed: ${result.summary.gates.failures.join('; ')}.`)
}
