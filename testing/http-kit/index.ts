/**
 * What every fake server here shares: one request log, one fault model with one set of names, one router and one
 * way to read bodies and send answers, so a test drives the OpenAI simulator and the GitHub fake alike.
 */
export { BodyTooLarge, ClientGone, rawQuery, readBody, recordedHeaders, sendBytes, sendJson } from './body.js'
export { Faults } from './faults.js'
export type { AppliedFault, Fault, FaultKind, InjectedFault } from './faults.js'
export { RequestLog } from './request-log.js'
export type { RecordedRequest } from './request-log.js'
export { requestMatcher } from './request-pattern.js'
export type { PatternTarget, RequestMatcher, RequestPattern } from './request-pattern.js'
export { Router } from './router.js'
