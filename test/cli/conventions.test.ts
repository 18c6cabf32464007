import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'

// The conventions the general help promises (#25): -o on every command that writes a report or
// a result (screen streams and says so; studio writes none), `help <command>`, and JUnit that a
// CI annotates: each case at its file and line, a coverage failure counted in failures.
const out = () => mkdtempSync(join(tmpdir(), 'autoscreen-o-'))

describe('-o / --output', () => {
  it('schema writes the JSON Schema to the file, and nothing to stdout', async () => {
    const file = join(out(), 'criteria.schema.json')
    const r = await cli(['schema', '-o', file])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect((JSON.parse(readFileSync(file, 'utf8')) as { title: string }).title).toBe('autoscreen criteria file')
    expect((await cli(['schema'])).stdout).toBe(readFileSync(file, 'utf8'))
  })

  it('diff writes the comparison to the file, with the exit code it has on stdout', async () => {
    const file = join(out(), 'diff.json')
    const argv = [
      'diff',
      '--from',
      'rules/b2b-saljare.yaml',
      '--to',
      'rules/b2b-saljare.yaml',
      '--now',
      '2026-12-01T10:00:00+01:00',
      '-f',
      'json',
      'examples/applications/b2b-saljare.jsonl',
    ]
    const toFile = await cli([...argv, '--output', file])
    const toStdout = await cli(argv)
    expect(toFile.stdout).toBe('')
    expect(toFile.code).toBe(toStdout.code)
    expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout)
  })

  it('preview writes the message to the file, in text and json', async () => {
    for (const format of ['text', 'json']) {
      const file = join(out(), `preview.${format}`)
      const argv = [
        'preview',
        '--criteria',
        'rules/lagerarbetare.yaml',
        '--application',
        'examples/lg-2002.json',
        '--now',
        '2026-11-19T07:55:00+01:00',
        '-f',
        format,
      ]
      const toFile = await cli([...argv, '-o', file])
      const toStdout = await cli(argv)
      expect(toFile.code).toBe(0)
      expect(toFile.stdout).toBe('')
      expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout)
    }
  })

  it('screen refuses -o and says to redirect, in the language of the environment; exit 2', async () => {
    const argv = [
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '-o',
      'x.jsonl',
      'examples/applications/frontend-developer.jsonl',
    ]
    const en = await cli(argv)
    expect(en.code).toBe(2)
    expect(en.stderr).toContain('screen takes no -o')
    expect(en.stderr).toContain('> results.jsonl')
    const sv = await cli(argv, { env: { LANG: 'sv_SE.UTF-8' } })
    expect(sv.stderr).toContain('screen tar inte -o')
    expect((await cli(['screen', '--output=x.jsonl'])).stderr).toContain('takes no -o')
  })

  it('the help says which commands take -o, and each of them lists it', async () => {
    const general = (await cli(['--help'])).stdout
    expect(general).not.toMatch(/Every command takes[^.]*-o/)
    expect(general).toContain('takes -o but\nscreen')
    for (const command of ['validate', 'test', 'lint', 'report', 'diff', 'preview', 'schema'])
      expect((await cli([command, '--help'])).stdout, command).toContain('-o, --output <file>')
    for (const command of ['screen', 'studio'])
      expect((await cli([command, '--help'])).stdout, command).not.toContain('-o, --output')
  })
})

describe('autoscreen help <command>', () => {
  it("prints that command's help, as <command> --help does; exit 0", async () => {
    for (const command of ['validate', 'screen', 'test', 'lint', 'report', 'diff', 'preview', 'schema', 'studio']) {
      const r = await cli(['help', command])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe((await cli([command, '--help'])).stdout)
      expect(r.stdout).toMatch(new RegExp(`^Usage: autoscreen ${command}`))
    }
  })
  it('without a command, the general help; exit 0', async () => {
    const r = await cli(['help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Commands:')
  })
  it('an unknown command, or more than one, is a usage error naming the commands, in English or Swedish; exit 2', async () => {
    const r = await cli(['help', 'frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('autoscreen help: unknown command "frobnicate"; the commands are validate, screen,')
    const sv = await cli(['help', 'frobnicate', '--lang', 'sv'])
    expect(sv.stderr).toContain('autoscreen help: okänt kommando "frobnicate"; kommandona är validate, screen,')
    expect((await cli(['help', 'screen', 'test'])).code).toBe(2)
    expect((await cli(['help', 'screen', 'test'])).stderr).toContain('name one command, not 2')
  })
})

describe('autoscreen test --format junit', () => {
  it('each test case carries its test file and the line it starts on', async () => {
    const r = await cli(['test', 'test/fixtures/testing/minimal.test.yaml', '-f', 'junit'])
    const source = readFileSync('test/fixtures/testing/minimal.test.yaml', 'utf8').split('\n')
    const cases = [...r.stdout.matchAll(/<testcase classname="[^"]*" name="([^"]*)" file="([^"]*)" line="(\d+)"/g)]
    expect(cases.map((m) => m[1])).toEqual([
      'one year passes',
      'wrong expectation fails with both values shown',
      'application from a file',
    ])
    for (const [, name, file, line] of cases) {
      expect(file).toBe('test/fixtures/testing/minimal.test.yaml')
      expect(source[Number(line) - 1]).toContain(`name: ${name}`)
    }
  })

  it('a coverage below the threshold is a failing case, counted in failures, as the exit code says', async () => {
    const r = await cli(['test', 'rules/frontend-developer.test.yaml', '-f', 'junit', '--coverage-threshold', '100'])
    // One passing case covers a third of what the criteria can do.
    const low = await cli([
      'test',
      'test/fixtures/testing/minimal.test.yaml',
      '--run',
      'one year',
      '-f',
      'junit',
      '--coverage-threshold',
      '100',
    ])
    expect(low.code).toBe(1)
    expect(low.stdout).toContain('<testsuites name="autoscreen" tests="2" failures="1">')
    expect(low.stdout).toContain(
      '<testcase classname="minimal.test.yaml" name="coverage" file="test/fixtures/testing/minimal.test.yaml"><failure message="coverage 33.3% is below the threshold of 100%">years: never unmet\nyears: never missing</failure></testcase>',
    )
    // A run that meets its threshold reports its coverage case as passing, and exits 0.
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('name="coverage" file="rules/frontend-developer.test.yaml"></testcase>')
    expect(r.stdout).toMatch(/failures="0"/)
  })
})
