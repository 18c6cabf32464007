// Fails when a published declaration file uses the type `any` (comments and string literal
// types such as 'any' do not count): the public API is typed all the way down.
//   node .ci/no-any.mjs dist/index.d.ts dist/node.d.ts
import { readFileSync } from 'node:fs'
import ts from 'typescript'

let found = 0
for (const file of process.argv.slice(2)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart())
      console.error(
        `${file}:${line + 1}:${character + 1}  any in a public type: ${node.parent.getText().slice(0, 120)}`,
      )
      found++
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}
if (found) process.exit(1)
console.log(`no any in ${process.argv.slice(2).join(', ')}`)
