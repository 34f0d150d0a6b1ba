import * as core from '@actions/core'
import type { FineTuningBackend } from '../backend/index.js'
import { resolveModel } from '../estimate/models.js'
import type { Provider } from '../backend/provider.js'
import { retirementNotices, type RetirementNotice } from '../estimate/retirement.js'

/**
 * What the team must hear about dates, as warnings in the log: the built-in table, with the provider's own
 * shutdown date winning when a backend is given to ask.
 */
export async function modelRetirement(
  modelName: string,
  provider: { backend?: FineTuningBackend; isOpenAI: boolean; provider?: Provider },
): Promise<RetirementNotice[]> {
  const model = resolveModel(modelName)
  const shutdownDate = provider.backend ? await provider.backend.shutdownDate(model.base) : undefined
  const notices = retirementNotices(model, new Date(), {
    shutdownDate,
    openaiBackend: provider.isOpenAI,
    azure: provider.provider === 'azure',
  })
  for (const notice of notices) core.warning(notice.message, { title: 'Model retirement' })
  return notices
}
