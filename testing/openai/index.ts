/**
 * A local, stateful stand-in for OpenAI's fine-tuning API (files, uploads, fine-tuning jobs, chat completions,
 * models) that speaks the contract of reference/openai-fine-tuning-api.openapi-subset.json, for end-to-end tests,
 * the simulator server (testing/simulator.ts) and the offline demo.
 */
export { startSimulator, createSimulator, SimulatorServer } from './server.js'
export type { Simulator, SimulatorOptions, ContractViolation, OpenAIFault, RecordedRequest } from './server.js'
export type { AuthControl } from './auth.js'
export { ManualClock, AcceleratedClock, manualClock, acceleratedClock, DEFAULT_START } from './clock.js'
export type { Clock, AcceleratedClockOptions } from './clock.js'
export { Faults, RequestLog } from '../http-kit/index.js'
export type { Fault, FaultKind, InjectedFault, AppliedFault, RequestPattern } from '../http-kit/index.js'
export { SimulatorState } from './state.js'
export type { PreloadFileInput, PreloadJobInput } from './state.js'
export { DEFAULT_JOB_SCHEDULE } from './job-record.js'
export type { JobSchedule, JobFailure, JobScheduleContext, JobScheduleOption, StoredJob } from './job-record.js'
export { DEFAULT_MODELS } from './models.js'
export type { ModelSpec } from './models.js'
export { defaultAnswer } from './chat.js'
export type { ChatFixtures, ChatResponder, ChatTable, ChatFixtureInput, ChatStats, Latency } from './chat.js'
export { DEFAULT_LIMITS, DEFAULT_ORGANIZATION } from './environment.js'
export type { Counters, Limits, Organization } from './environment.js'
export { measureJsonl } from './training-data.js'
export type { DatasetMeasure } from './training-data.js'
export { Contract } from './contract.js'
export { toJsonSchema } from './openapi-schema.js'
export { ApiError } from './api-error.js'
export type * from './types.js'
