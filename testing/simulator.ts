#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { startAzureSimulator } from './azure/index.js'
import { AcceleratedClock, startSimulator } from './openai/index.js'
import { startTogetherSimulator } from './together/index.js'
import { messageOf } from '../src/errors.js'

/**
 * `npm run simulator`: the local OpenAI-compatible fine-tuning API the tests and the demo use (files, uploads, jobs
 * that train on a clock --speed times faster than real time, chat completions), served alone until Ctrl-C. A bundle
 * of its own (dist/simulator/), so the shipped CLI carries none of it.
 */
const USAGE =
  'Usage: node dist/simulator/index.js [--backend openai|together|azure] [--port 8787] [--speed 60] [--api-key KEY]'

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8787' },
      speed: { type: 'string', default: '60' },
      'api-key': { type: 'string' },
      backend: { type: 'string', default: 'openai' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const port = Number(values.port)
  if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port >= 65536)
    throw new Error(`--port must be a port number, not ${JSON.stringify(values.port)}`)
  const speed = Number(values.speed)
  if (values.speed.trim() === '' || !(speed > 0) || !Number.isFinite(speed))
    throw new Error(`--speed must be a positive number, not ${JSON.stringify(values.speed)}`)
  if (values.backend === 'together') {
    const apiKey = values['api-key'] ?? 'together-simulator'
    const sim = await startTogetherSimulator({ port, apiKey, clock: new AcceleratedClock({ factor: speed }) })
    console.log(`A local simulation of Together AI's fine-tuning API (not Together AI) listens on ${sim.url}`)
    console.log(`Its jobs train on a clock ${speed}× faster than real time. Point the action at it:`)
    console.log(`  backend: together, base-url: ${sim.url}, api-key: ${apiKey}`)
    console.log('Ctrl-C stops it.')
    await untilSignal()
    await sim.stop()
    return 0
  }
  if (values.backend === 'azure') return serveAzure(port, speed, values['api-key'] ?? 'sk-simulator')
  if (values.backend !== 'openai')
    throw new Error(`--backend must be openai, together or azure, not ${JSON.stringify(values.backend)}`)
  const apiKey = values['api-key'] ?? 'sk-simulator'
  const sim = await startSimulator({ port, apiKey, clock: new AcceleratedClock({ factor: speed }) })
  console.log(`A local simulation of an OpenAI-compatible fine-tuning API (not OpenAI) listens on ${sim.url}`)
  console.log(`Its jobs train on a clock ${speed}× faster than real time. Point a client at it:`)
  console.log(`  OPENAI_BASE_URL=${sim.url} OPENAI_API_KEY=${apiKey}`)
  console.log('Ctrl-C stops it.')
  await untilSignal()
  await sim.stop()
  return 0
}

function untilSignal(): Promise<void> {
  return new Promise<void>(resolve => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
}

/** Azure's shape: the v1 data plane under /openai/v1/ with `api-key`, and Resource Manager's deployments. */
async function serveAzure(port: number, speed: number, apiKey: string): Promise<number> {
  const sim = await startAzureSimulator({
    port,
    apiKey,
    clock: new AcceleratedClock({ factor: speed }),
    provisioningMs: 2000,
  })
  console.log(`A local simulation of Azure OpenAI (not Azure) listens on ${sim.managementUrl}`)
  console.log(`  base-url: ${sim.url}  api-key: ${apiKey}`)
  console.log(`  azure-management-url: ${sim.managementUrl}  (Resource Manager bearer token: ${sim.armToken})`)
  console.log('Ctrl-C stops it.')
  await new Promise<void>(resolve => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await sim.stop()
  return 0
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`simulator: ${messageOf(error)}\n${USAGE}`)
    process.exitCode = 2
  },
)
