// What validate mode needs of GitHub on a pull request, in one module so that Octokit loads only then.
export { createOctokit } from '../github/octokit.js'
export { writePullRequestComment } from '../github/sticky-comment.js'
export { compareWithBase } from './base-comparison.js'
