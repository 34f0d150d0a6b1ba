import * as core from '@actions/core'
import type OpenAI from 'openai'
import { messageOf } from '../errors.js'

/** The server's `shutdown_date` for a model (YYYY-MM-DD), when it reports one; OpenAI adds it to deprecated models. */
export async function shutdownDateFromServer(client: OpenAI, model: string): Promise<string | undefined> {
  try {
    const info = (await client.models.retrieve(model, { maxRetries: 1 })) as unknown as { shutdown_date?: unknown }
    if (typeof info.shutdown_date === 'string') return info.shutdown_date.slice(0, 10)
    if (typeof info.shutdown_date === 'number') return new Date(info.shutdown_date * 1000).toISOString().slice(0, 10)
  } catch (error) {
    core.debug(`models.retrieve(${model}): ${messageOf(error)}`)
  }
  return undefined
}
