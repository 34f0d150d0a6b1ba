import { jest } from '@jest/globals'
import { core, log, outputs, resetCore } from '../fixtures/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { marker, upsertStickyComment, writePullRequestComment } = await import('../../src/github/sticky-comment.js')
type Octokit = import('../../src/github/octokit.js').Octokit

interface Comment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

/** The few issue-comment calls the sticky comment makes, over an array, recording every write. */
function fakeOctokit(comments: Comment[], options: { login?: string } = {}) {
  const writes: string[] = []
  let nextId = 100
  const octokit = {
    paginate: async () => comments.map(c => ({ ...c })),
    rest: {
      users: {
        getAuthenticated: async () => {
          if (!options.login) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
          return { data: { login: options.login } }
        },
      },
      issues: {
        listComments: {},
        createComment: async ({ body }: { body: string }) => {
          writes.push(`create`)
          const c = {
            id: nextId++,
            body,
            user: { login: options.login ?? 'github-actions[bot]', type: 'Bot' },
            html_url: `https://github.test/c/${nextId}`,
          }
          comments.push(c)
          return { data: c }
        },
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          writes.push(`update ${comment_id}`)
          const c = comments.find(x => x.id === comment_id)!
          c.body = body
          return { data: c }
        },
        deleteComment: async ({ comment_id }: { comment_id: number }) => {
          writes.push(`delete ${comment_id}`)
          comments.splice(
            comments.findIndex(x => x.id === comment_id),
            1,
          )
        },
      },
    },
  }
  return { octokit: octokit as unknown as Octokit, writes, comments }
}

const target = { owner: 'o', repo: 'r', number: 7, key: 'dataset' }
const bot = { login: 'github-actions[bot]', type: 'Bot' }
const person = { login: 'mallory', type: 'User' }
const comment = (id: number, body: string, user = bot): Comment => ({
  id,
  body,
  user,
  html_url: `https://github.test/c/${id}`,
})

beforeEach(resetCore)

describe('sticky comment', () => {
  test('created once, edited when the text changes, left alone when it does not', async () => {
    const { octokit, writes } = fakeOctokit([])
    expect((await upsertStickyComment(octokit, target, 'one')).action).toBe('created')
    expect((await upsertStickyComment(octokit, target, 'two')).action).toBe('updated')
    expect((await upsertStickyComment(octokit, target, 'two')).action).toBe('unchanged')
    expect(writes).toEqual(['create', 'update 100'])
  })

  test("someone else's comment carrying our marker is not ours to edit", async () => {
    const { octokit, writes } = fakeOctokit([comment(1, `${marker('dataset')}\nfake report`, person)])
    await upsertStickyComment(octokit, target, 'real report')
    expect(writes).toEqual(['create'])
  })

  test("with a personal token, only that user's comments count; duplicates from concurrent runs are removed", async () => {
    const mark = marker('dataset')
    const { octokit, writes } = fakeOctokit(
      [
        comment(1, `${mark}\nold`, { login: 'me', type: 'User' }),
        comment(2, `${mark}\nold`, bot),
        comment(3, `${mark}\nolder`, { login: 'me', type: 'User' }),
      ],
      { login: 'me' },
    )
    const result = await upsertStickyComment(octokit, target, 'new')
    expect(result).toMatchObject({ id: 1, action: 'updated' })
    expect(writes).toEqual(['delete 3', 'update 1'])
  })

  test('another key is another comment', async () => {
    const { octokit, writes } = fakeOctokit([comment(1, `${marker('other')}\nx`)])
    await upsertStickyComment(octokit, { ...target, key: 'dataset' }, 'y')
    expect(writes).toEqual(['create'])
  })

  test('a token that may not write warns, sets no output and does not throw', async () => {
    const { octokit } = fakeOctokit([])
    ;(octokit.rest.issues as unknown as { createComment: () => Promise<never> }).createComment = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    }
    expect(await writePullRequestComment({ ...target, octokit, fromFork: true }, 'x')).toBeUndefined()
    expect(log).toContain(
      'warning: The pull request comment was not written: the token may not write to this pull request (it comes from a fork, where the token is read-only). The full report is in the job summary.',
    )
    expect(outputs['comment-id']).toBeUndefined()
  })
})
