// A Criteria Studio server in a process of its own, for tests that must run it as another user
// (a read-only folder means nothing to root). Prints { port, token } as one JSON line, then
// serves until it is killed.
import { startStudio } from '../../src/cli/studio-server'

const [folder, assets] = process.argv.slice(2)
const studio = await startStudio({ folder: folder!, assets: assets! })
process.stdout.write(`${JSON.stringify({ port: studio.port, token: studio.token })}\n`)
