import { expect, test } from '@jest/globals'
import { followJob } from '../../src/steps/follow-job.js'
import { WaitLimits } from '../../src/steps/wait-limits.js'
import { FakeBackend } from '../fixtures/backend.js'

test('a timeout-minutes beyond what a Node timer holds (40,000 minutes) still waits for the job', async () => {
  const backend = new FakeBackend()
  backend.script = [{ status: 'running' }, { status: 'running' }, { status: 'succeeded', fineTunedModel: 'ft:x' }]
  const job = await backend.createJobOnce({
    key: 'k'.repeat(32),
    baseModel: 'gpt-4o-mini',
    method: 'supervised',
    trainingFileId: 'file-1',
    hyperparameters: {},
    labels: {},
  })
  const limits = new WaitLimits(40_000)
  try {
    // A poll interval of 0.01 s keeps the test short; three polls reach the end of the script.
    const waited = await followJob(backend, job, { pollInterval: 0.01, cancelOnAbort: false }, limits)
    expect(waited.outcome).toBe('finished')
    expect(waited.job.fineTunedModel).toBe('ft:x')
  } finally {
    limits.dispose()
  }
})
