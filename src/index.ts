import { run } from './main.js'

// The worker bundle sits next to this one in dist/. (Through a variable: webpack would turn the literal
// `new URL('./x.js', import.meta.url)` into an asset of its own.)
const here = import.meta.url
await run({ workerScript: new URL('./worker/index.js', here) })
