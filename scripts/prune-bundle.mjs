// Removes from an ncc bundle the code that webpack proved unused but leaves in. Webpack deletes it only when
// minifying; minifying the action's bundle also drops the parentheses that make V8 compile each module eagerly, and
// measured slower to start (README, Performance). Two kinds, cut by acorn's exact offsets, every other byte left as is:
//   1. `null && (X)`, webpack's mark for an unused pure expression (most of zod's schema constructors): X becomes 0.
//   2. A function declaration in a function body (a module's scope) whose name no identifier in that body uses.
// Repeated until nothing changes, since a removed function may have been the only user of another. An identifier is
// counted wherever it appears (a property name too), so a name in doubt keeps its function.
import * as acorn from 'acorn'

const UNUSED_MARK = '/* unused pure expression or super */'

/** Calls `visit` on each child node of `node`. */
function eachChild(node, visit) {
  for (const key of Object.keys(node)) {
    const value = node[key]
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') visit(child)
    } else if (value && typeof value.type === 'string') visit(value)
  }
}

/** How many times each name appears as an identifier under `node`. */
function identifierCounts(node) {
  const counts = new Map()
  const count = n => {
    if (n.type === 'Identifier') counts.set(n.name, (counts.get(n.name) ?? 0) + 1)
    eachChild(n, count)
  }
  count(node)
  return counts
}

/** The cuts of one pass: [start, end, replacement]. */
function findCuts(source, ast) {
  const cuts = []
  const visit = node => {
    if (
      node.type === 'LogicalExpression' &&
      node.operator === '&&' &&
      node.left.type === 'Literal' &&
      node.left.value === null &&
      !(node.right.type === 'Literal' && node.right.value === 0) &&
      source.slice(node.start - UNUSED_MARK.length - 8, node.start).includes(UNUSED_MARK)
    ) {
      cuts.push([node.right.start, node.right.end, '0'])
      return
    }
    const body =
      node.type === 'Program'
        ? node
        : /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type) &&
            node.body.type === 'BlockStatement'
          ? node.body
          : undefined
    const declarations = body?.body.filter(statement => statement.type === 'FunctionDeclaration') ?? []
    if (declarations.length > 0) {
      const counts = identifierCounts(body)
      for (const declaration of declarations)
        if (counts.get(declaration.id.name) === 1) cuts.push([declaration.start, declaration.end, ''])
    }
    eachChild(node, visit)
  }
  visit(ast)
  return cuts
}

/** The bundle without the unused code, and how many expressions and functions were cut. */
export function pruneBundle(source) {
  let code = source
  let removed = 0
  for (;;) {
    const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true })
    const cuts = findCuts(code, ast).sort((a, b) => a[0] - b[0])
    if (cuts.length === 0) return { code, removed }
    let out = ''
    let at = 0
    for (const [start, end, replacement] of cuts) {
      if (start < at) continue // inside a cut already made
      out += code.slice(at, start) + replacement
      at = end
      removed++
    }
    code = out + code.slice(at)
  }
}
