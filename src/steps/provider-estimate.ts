import * as core from '@actions/core'
import type { FineTuningBackend, JobRequest } from '../backend/index.js'
import { InputError } from '../errors.js'

/**
 * The budget guard's second look, where the provider prices the job itself (Together AI): its estimate, not ours,
 * decides against max-cost, just before the job would be created. The files are uploaded by then (the estimate
 * needs them) and are reused by the next run; no job is created above the budget.
 */
export async function checkProviderEstimate(
  backend: FineTuningBackend,
  request: JobRequest,
  maxCost: number | undefined,
): Promise<void> {
  if (!backend.estimateCostUsd) return
  const estimate = await backend.estimateCostUsd(request)
  if (estimate === undefined) {
    core.info(`${backend.name} could not estimate the price of this job.`)
    if (maxCost !== undefined)
      throw new InputError(
        `Refusing to train: ${backend.name} gave no price estimate for this job, so max-cost $${maxCost} cannot be checked. No job was created.`,
      )
    return
  }
  core.info(`${backend.name} estimates this job at $${estimate}.`)
  if (maxCost !== undefined && estimate > maxCost)
    throw new InputError(
      `Refusing to train: ${backend.name} estimates the job at $${estimate}, over max-cost $${maxCost}. No job was created (the uploaded files are reused next time).`,
    )
}
