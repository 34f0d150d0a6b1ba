import type { Clock } from './clock.js'
import type { MakeId, Random } from './random.js'

/** Counts of what clients did, for assertions such as "exactly one file was uploaded". */
export interface Counters {
  /** Every request that reached the server, faults and rejections included. */
  requests: number
  /** Requests answered with a 4xx. */
  rejected: number
  /** Requests a fault was applied to. */
  faults: number
  /** Files created by clients: POST /files and completed uploads (not result files, not preloaded ones). */
  filesCreated: number
  filesDeleted: number
  uploadsCreated: number
  uploadPartsAdded: number
  uploadsCompleted: number
  uploadsCancelled: number
  jobsCreated: number
  jobsCancelled: number
  chatCompletions: number
}

export const newCounters = (): Counters => ({
  requests: 0,
  rejected: 0,
  faults: 0,
  filesCreated: 0,
  filesDeleted: 0,
  uploadsCreated: 0,
  uploadPartsAdded: 0,
  uploadsCompleted: 0,
  uploadsCancelled: 0,
  jobsCreated: 0,
  jobsCancelled: 0,
  chatCompletions: 0,
})

/** OpenAI's limits, each replaceable so a test can reach it with small data. */
export interface Limits {
  /** Largest file POST /files takes; larger ones need the Uploads API. OpenAI: 512 MB. */
  maxFileBytes: number
  /** Largest upload. OpenAI: 8 GB. */
  maxUploadBytes: number
  /** Largest upload part. OpenAI: 64 MB. */
  maxPartBytes: number
  /** Seconds an upload stays open. OpenAI: an hour. */
  uploadExpirySeconds: number
  /** Fewest examples a training file may hold; fewer fail the job at validation. OpenAI: 10. */
  minTrainingExamples: number
  /** Metric events per job at most; a longer job reports evenly spaced steps. */
  maxMetricEvents: number
}

const MB = 1024 * 1024

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 512 * MB,
  maxUploadBytes: 8 * 1024 * MB,
  maxPartBytes: 64 * MB,
  uploadExpirySeconds: 3600,
  minTrainingExamples: 10,
  maxMetricEvents: 500,
}

/** The organization the API key belongs to: its id is `organization_id` and `owned_by`, its name is in model ids. */
export interface Organization {
  id: string
  name: string
}

export const DEFAULT_ORGANIZATION: Organization = { id: 'org-simulator', name: 'simulator' }

/** What every store shares. */
export interface Environment {
  clock: Clock
  newId: MakeId
  random: Random
  counters: Counters
  limits: Limits
  organization: Organization
}
