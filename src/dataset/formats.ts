import { isObject } from './json.js'

/** The four shapes of fine-tuning data: a file holds one. */
export type DatasetFormat = 'chat' | 'preference' | 'reinforcement' | 'completion' | 'text'

export type Method = 'supervised' | 'dpo' | 'reinforcement'

export const FORMAT_OF_METHOD: Record<Method, DatasetFormat> = {
  supervised: 'chat',
  dpo: 'preference',
  reinforcement: 'reinforcement',
}

/** The method that trains on a format: legacy prompt/completion data trains as supervised. */
export const METHOD_OF_FORMAT: Record<DatasetFormat, Method> = {
  chat: 'supervised',
  preference: 'dpo',
  reinforcement: 'reinforcement',
  completion: 'supervised',
  text: 'supervised',
}

export const FORMAT_LABEL: Record<DatasetFormat, string> = {
  chat: 'chat (supervised)',
  preference: 'preference (DPO)',
  reinforcement: 'reinforcement (RFT)',
  completion: 'prompt/completion (legacy)',
  text: 'plain text',
}

/** The shape a single line has; chat and reinforcement lines share the `messages` shape. */
export type LineShape = 'messages' | 'preference' | 'completion' | 'text'

export function shapeOf(line: unknown): LineShape | undefined {
  if (!isObject(line)) return undefined
  if ('input' in line || 'preferred_output' in line || 'non_preferred_output' in line) return 'preference'
  if ('messages' in line) return 'messages'
  if ('prompt' in line || 'completion' in line) return 'completion'
  return undefined
}

export function shapeOfFormat(format: DatasetFormat): LineShape {
  return format === 'chat' || format === 'reinforcement' ? 'messages' : format
}

/**
 * The file's format: the method when one is given; otherwise the first line's shape. A `messages` file is chat
 * unless the model trains only with reinforcement (o4-mini), since an RFT line looks like a chat line that lacks
 * its answer.
 */
export function decideFormat(
  method: Method | 'auto',
  firstShape: LineShape | undefined,
  modelFormats: readonly DatasetFormat[] | undefined,
): DatasetFormat {
  if (method !== 'auto') return FORMAT_OF_METHOD[method]
  if (firstShape === 'preference' || firstShape === 'completion') return firstShape
  if (modelFormats && !modelFormats.includes('chat') && modelFormats.includes('reinforcement')) return 'reinforcement'
  if (!firstShape && modelFormats?.length === 1) return modelFormats[0]
  return 'chat'
}
