import { randomToken } from '../src/random-token.js'

describe('randomToken', () => {
  test('reads the kernel generator: hex of the bytes asked for, never twice the same', () => {
    const tokens = Array.from({ length: 200 }, () => randomToken())
    expect(tokens.every(t => /^[0-9a-f]{32}$/.test(t))).toBe(true)
    expect(new Set(tokens).size).toBe(tokens.length)
    expect(randomToken(8)).toMatch(/^[0-9a-f]{16}$/)
  })

  test('asks node:crypto where the platform has no such device (Windows)', () => {
    const tokens = [randomToken(16, '/no/such/device'), randomToken(16, '/no/such/device')]
    expect(tokens.every(t => /^[0-9a-f]{32}$/.test(t))).toBe(true)
    expect(tokens[0]).not.toBe(tokens[1])
  })

  test('does not take a short read for random bytes', () => {
    // /dev/null reads nothing: a token made of it would be all zeros, so the generator is asked instead.
    const token = randomToken(16, '/dev/null')
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    expect(token).not.toBe('0'.repeat(32))
  })
})
