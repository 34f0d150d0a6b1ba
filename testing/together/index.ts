/**
 * A local, stateful stand-in for Together AI's fine-tuning API, typed with the together-ai SDK's own types, for the
 * end-to-end tests, `npm run simulator -- --backend together` and `npm run demo -- --backend together`.
 */
export { TogetherSimulator, startTogetherSimulator, DEFAULT_TOGETHER_MODELS } from './server.js'
export type { TogetherSimulatorOptions, TogetherFault, TogetherModel } from './server.js'
export { DEFAULT_TOGETHER_SCHEDULE } from './jobs.js'
export type { TogetherSchedule, StoredTogetherJob } from './jobs.js'
