// Runs promptfoo's own assertion engine (the dev dependency) on cases read as JSON from stdin; prints verdicts as JSON.
// Offline: telemetry, update checks and remote generation are off, and its config directory is a temporary one.
process.env.PROMPTFOO_DISABLE_TELEMETRY = '1'
process.env.PROMPTFOO_DISABLE_UPDATE = '1'
process.env.PROMPTFOO_DISABLE_REMOTE_GENERATION = '1'
process.env.PROMPTFOO_DISABLE_SHARING = '1'
const { assertions } = await import('promptfoo')
let input = ''
for await (const chunk of process.stdin) input += chunk
const verdicts = []
for (const c of JSON.parse(input)) {
  try {
    const assertion = {
      type: c.type,
      ...(c.value !== undefined && { value: c.value }),
      ...(c.threshold !== undefined && { threshold: c.threshold }),
    }
    const r = await assertions.runAssertion({ assertion, test: { vars: {} }, providerResponse: { output: c.output } })
    verdicts.push(r.pass)
  } catch (error) {
    verdicts.push(`error: ${error instanceof Error ? error.message : String(error)}`)
  }
}
process.stdout.write(JSON.stringify(verdicts))
process.exit(0)
