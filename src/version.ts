import packageJson from '../package.json' with { type: 'json' }

/** The version users see in SARIF logs and release notes: package.json's, bundled at build time. */
export const VERSION: string = packageJson.version
