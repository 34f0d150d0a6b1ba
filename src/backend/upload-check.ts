/** The bytes read for an upload are not the bytes that were checked: nothing may be trained on them. */
export class UploadMismatchError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `${path} changed after it was validated (SHA-256 ${expected.slice(0, 12)}… validated, ${actual.slice(0, 12)}… read for the upload): refusing to upload data that was not checked.`,
    )
  }
}
