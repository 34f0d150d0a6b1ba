import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../helpers/run-action.js'

test('npm run simulator: dist/simulator/index.js serves the OpenAI-compatible simulator until SIGINT', async () => {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/simulator/index.js'), '--port', '0', '--speed', '60', '--api-key', 'sk-bundle'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<number | null>(resolve => child.on('close', resolve))
  try {
    let out = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk
        const m = /listens on (http:\/\/127\.0\.0\.1:\d+\/v1)[\s\S]*Ctrl-C stops it/.exec(out)
        if (m) resolve(m[1])
      })
      child.on('close', () => {
        reject(new Error(`exited before listening: ${out}`))
      })
    })
    expect(out).toContain('60× faster')
    const models = await fetch(`${url}/models`, { headers: { authorization: 'Bearer sk-bundle' } })
    expect(models.status).toBe(200)
    const refused = await fetch(`${url}/models`, { headers: { authorization: 'Bearer sk-other' } })
    expect(refused.status).toBe(401)
  } finally {
    child.kill('SIGINT')
  }
  expect(await exited).toBe(0)
})

test('the simulator bundle refuses a bad --port with exit status 2', async () => {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/simulator/index.js'), '--port', 'abc'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr.on('data', (chunk: Buffer) => (err += chunk))
  expect(await new Promise(resolve => child.on('close', resolve))).toBe(2)
  expect(err).toContain('--port must be a port number, not "abc"')
})
