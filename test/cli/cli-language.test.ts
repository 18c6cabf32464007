import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { COMMAND_NAMES } from '../../src/cli/help-wording'
import { HELP_EN } from '../../src/cli/help-en'
import { HELP_SV } from '../../src/cli/help-sv'
import { run } from '../../src/cli/main'
import { NOTICE_EN } from '../../src/cli/notice-en'
import { NOTICE_SV } from '../../src/cli/notice-sv'
import { USAGE_EN } from '../../src/cli/usage-en'
import { USAGE_SV } from '../../src/cli/usage-sv'
import { VERSION } from '../../src/version'
import { cli } from '../helpers/cli'

// Every word the CLI says (help, usage errors, notices on stderr) in the language it chose:
// --lang, else the file's locale for a command about a criteria file, else LC_ALL, LC_MESSAGES
// or LANG.

const GOLDEN = join(__dirname, '../golden/cli')
const update = process.env.UPDATE_GOLDEN === '1'

/** Compares with a golden file (UPDATE_GOLDEN=1 writes it); the version is a placeholder, so a release changes no golden. */
function golden(name: string, content: string): void {
  const file = join(GOLDEN, name)
  const text = content.split(VERSION).join('<version>')
  if (update) {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(file, text)
  }
  expect(existsSync(file), `missing golden file ${file}; create it with UPDATE_GOLDEN=1`).toBe(true)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

/** The options a help text names: every `--option` and `-x`, in the order first named. */
const optionsNamed = (help: string) => [...new Set(help.match(/(?<![\w-])--?[a-zA-Z][\w-]*/g) ?? [])].sort()
/** The options a help text lists: the lines of its option list that start with one. */
const optionsListed = (help: string) =>
  help
    .split('\n')
    .map((l) => /^ {2}((?:-\w, )?--?[\w-]+)/.exec(l)?.[1])
    .filter((o): o is string => o !== undefined)
    .sort()

describe('help in Swedish and English', () => {
  it('each command has its help in both languages, listing the same options', () => {
    for (const name of COMMAND_NAMES) {
      const en = HELP_EN.command[name]
      const sv = HELP_SV.command[name]
      expect(en.startsWith(`Usage: autoscreen ${name}`), name).toBe(true)
      expect(sv.startsWith(`Användning: autoscreen ${name}`), name).toBe(true)
      expect(optionsListed(en).length, name).toBeGreaterThan(0)
      expect(optionsListed(sv), name).toEqual(optionsListed(en))
      expect(optionsNamed(sv), name).toEqual(optionsNamed(en))
      expect(HELP_SV.summary[name], name).not.toBe(HELP_EN.summary[name])
    }
    expect(optionsNamed(HELP_SV.general('1', ''))).toEqual(optionsNamed(HELP_EN.general('1', '')))
  })

  it('the option test fails when an option is added to one language only', () => {
    const more = HELP_EN.command.screen.replace('Options:\n', 'Options:\n  --frobnicate         does nothing\n')
    expect(optionsListed(more)).not.toEqual(optionsListed(HELP_SV.command.screen))
    expect(optionsNamed(more)).not.toEqual(optionsNamed(HELP_SV.command.screen))
  })

  it('lists in each language the options each command takes', async () => {
    // An option a command refuses is not listed in its help; --help, -h and --lang work everywhere.
    for (const name of COMMAND_NAMES) {
      for (const option of optionsListed(HELP_EN.command[name]).map((o) => o.replace(/^-\w, /, ''))) {
        const r = await cli([name, option, '--frobnicate'])
        expect(r.stderr, `${name} ${option}`).not.toContain(`Unknown option '${option}'`)
      }
    }
  })

  it('--help, help <command> and <command> --help speak --lang, else LC_ALL, LC_MESSAGES, LANG', async () => {
    expect((await cli(['--help'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain(
      'Användning: autoscreen <kommando> [flaggor]\n\nKommandon:\n',
    )
    expect((await cli(['--help'], { env: { LANG: 'en_GB.UTF-8' } })).stdout).toContain(
      'Usage: autoscreen <command> [options]\n\nCommands:\n',
    )
    expect((await cli(['--help'])).stdout).toContain('Commands:')
    // POSIX order: LC_ALL over LC_MESSAGES over LANG; --lang over all of them.
    expect((await cli(['--help'], { env: { LC_ALL: 'en_US.UTF-8', LANG: 'sv_SE.UTF-8' } })).stdout).toContain(
      'Commands:',
    )
    expect((await cli(['--help'], { env: { LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'en_US.UTF-8' } })).stdout).toContain(
      'Kommandon:',
    )
    expect((await cli(['--help', '--lang', 'en'], { env: { LC_ALL: 'sv_SE.UTF-8' } })).stdout).toContain('Commands:')
    const sv = await cli(['help', 'screen', '--lang', 'sv'])
    expect([sv.code, sv.stdout]).toEqual([0, `${HELP_SV.command.screen}\n`])
    expect((await cli(['screen', '--help'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toBe(
      `${HELP_SV.command.screen}\n`,
    )
    expect((await cli(['lint', '-h', '--lang=sv'])).stdout).toContain(
      'Flaggor:\n  -f, --format <f>        text (standard) eller json',
    )
  })

  it('the general help says how the language is chosen, in both languages', () => {
    expect(HELP_EN.general('1', '')).toMatch(
      /--lang sv\|en[\s\S]*the file's language \(its locale\)[\s\S]*LC_ALL, LC_MESSAGES and LANG/,
    )
    expect(HELP_SV.general('1', '')).toMatch(
      /--lang sv\|en[\s\S]*filens språk \(dess locale\)[\s\S]*LC_ALL, LC_MESSAGES och LANG/,
    )
  })

  it('golden: --help in English and Swedish', async () => {
    golden('help.en.txt', (await cli(['--help'], { env: { LANG: 'C' } })).stdout)
    golden('help.sv.txt', (await cli(['--help'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout)
  })

  it("golden: every command's help in English and Swedish", async () => {
    for (const lang of ['en', 'sv'] as const) {
      const all: string[] = []
      for (const name of COMMAND_NAMES)
        all.push(`=== autoscreen ${name} --help\n${(await cli([name, '--help', '--lang', lang])).stdout}`)
      golden(`commands.${lang}.txt`, all.join('\n'))
    }
  })
})

describe('usage errors in Swedish', () => {
  it('an unknown option, a missing value and a missing argument, followed by the Swedish help; exit 2', async () => {
    const unknown = await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', '--bogus', '-', '--lang', 'sv'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(`autoscreen screen: okänd flagga --bogus\n\n${HELP_SV.command.screen}\n`)
    const value = await cli(['screen', '--criteria'], { env: { LANG: 'sv_SE.UTF-8' } })
    expect([value.code, value.stderr.split('\n')[0]]).toEqual([2, 'autoscreen screen: --criteria behöver ett värde'])
    const flag = await cli(['screen', '--explain=yes', '--lang', 'sv'])
    expect(flag.stderr.split('\n')[0]).toBe('autoscreen screen: --explain tar inget värde')
    const missing = await cli(['screen', '-', '--lang', 'sv'])
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([
      2,
      'autoscreen screen: --criteria <fil> måste anges',
    ])
    const format = await cli(['validate', '-f', 'xml', 'rules', '--lang', 'sv'])
    expect(format.stderr.split('\n')[0]).toBe('autoscreen validate: --format ska vara något av: text, json')
    const path = await cli(['lint', 'no/such/place'], { env: { LC_ALL: 'sv_SE.UTF-8' } })
    expect([path.code, path.stderr.split('\n')[0]]).toEqual([
      2,
      'autoscreen lint: filen eller mappen finns inte: no/such/place',
    ])
    expect((await cli(['bogus', '--lang', 'sv'])).stderr).toMatch(
      /^autoscreen: okänt kommando "bogus"\n\nautoscreen .*: regelbaserat urval av jobbansökningar\n/,
    )
    expect((await cli(['--help', '--lang', 'de'])).stderr).toBe('autoscreen: --lang must be sv or en, not "de"\n')
    expect((await cli(['--help', '--lang', 'de'], { env: { LANG: 'sv_SE.UTF-8' } })).stderr).toBe(
      'autoscreen: --lang ska vara sv eller en, inte "de"\n',
    )
  })

  it('the same errors stay in English without --lang or a Swedish locale', async () => {
    expect((await cli(['screen', '-'])).stderr.split('\n')[0]).toBe('autoscreen screen: --criteria <file> is required')
    expect((await cli(['screen', '--bogus'])).stderr.split('\n')[0]).toBe("autoscreen screen: Unknown option '--bogus'")
  })

  it('every usage error is worded in both languages, and differently', () => {
    expect(Object.keys(USAGE_SV).sort()).toEqual(Object.keys(USAGE_EN).sort())
    const same = ['unknown-option', 'missing-value', 'takes-no-value', 'ambiguous-value', 'input-file', 'bad-arguments']
    const args = {
      value: 'x',
      option: '--x',
      node: 'Node',
      path: 'p',
      reason: 'r',
      text: 't',
      allowed: ['a'],
      flag: '--now',
      pattern: '(',
      given: ['--by'],
    }
    for (const code of Object.keys(USAGE_EN) as (keyof typeof USAGE_EN)[]) {
      const en = (USAGE_EN[code] as (a: typeof args) => string)(args)
      const sv = (USAGE_SV[code] as (a: typeof args) => string)(args)
      if (code !== 'input-file') expect(sv, code).not.toBe(en)
      else expect(sv).toBe(en)
      if (!same.includes(code)) expect(sv.length, code).toBeGreaterThan(0)
    }
  })
})

describe('the other commands speak Swedish on standard error too', () => {
  it("preview: a decision the library refuses, worded in the file's language", async () => {
    const r = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--decide',
      'reject',
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^autoscreen preview: invalid_decision: beslutet för ansökan lg-2002: /)
    const en = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--decide',
      'reject',
      '--lang',
      'en',
    ])
    expect(en.stderr).toMatch(/^autoscreen preview: invalid_decision: decision for application lg-2002: /)
  })

  it('test and lint: the counts on standard error', async () => {
    const none = await cli(['test', 'examples/templates', '--lang', 'sv'])
    expect([none.code, none.stderr]).toEqual([
      1,
      'inga testfiler hittades i examples/templates (*.test.yaml, *.test.json; --pass-with-no-tests tillåter det)\n',
    ])
  })
})

describe('the text report of autoscreen test in Swedish', () => {
  // A copy of a bundled test file with one expectation broken: the case without answers goes to a person, not on.
  const dir = mkdtempSync(join(tmpdir(), 'autoscreen-test-sv-'))
  const root = resolve(__dirname, '../..')
  copyFileSync(join(root, 'rules/lagerarbetare.yaml'), join(dir, 'lagerarbetare.yaml'))
  const tests = readFileSync(join(root, 'rules/lagerarbetare.test.yaml'), 'utf8')
  const broken = tests.replace(
    '    expect:\n      outcome: review\n      missing:',
    '    expect:\n      outcome: pass\n      missing:',
  )
  expect(broken).not.toBe(tests)
  writeFileSync(join(dir, 'lagerarbetare.test.yaml'), broken)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const english = /\b(PASS|FAIL|expected|actual|got|coverage|passed|failed|score|unmet)\b/

  for (const [how, argv, env] of [
    ['LANG=sv_SE.UTF-8', [], { LANG: 'sv_SE.UTF-8' }],
    ['--lang sv', ['--lang', 'sv'], {}],
  ] as const)
    it(`${how}: every word of the report in Swedish, the outcomes and statuses the library's`, async () => {
      const r = await cli(['test', 'lagerarbetare.test.yaml', '--coverage', ...argv], { cwd: dir, env: { ...env } })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('  GODKÄNT    en erfaren sökande går vidare\n')
      expect(r.stdout).toContain(
        '  UNDERKÄNT  utan svar går ansökan till en människa\n        beslut\n          väntat: "går vidare"\n          blev:   "till en person"\n',
      )
      expect(r.stdout).toMatch(
        /\n {8}resultat: till en person, poäng 0 av 4 \(går vidare från 2\)\n {18}obesvarat: arbetstillstand, /,
      )
      expect(r.stdout).toMatch(/\n {2}täckning \d+(,\d)? %\n/)
      expect(r.stdout).toMatch(/\n {4}arbetstillstand +uppfyllt, inte uppfyllt, obesvarat\n/)
      expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ godkända, 1 underkänt$/)
      expect(r.stdout).not.toMatch(english)
      const some = await cli(['test', 'lagerarbetare.test.yaml', '--coverage', '--run', 'utan svar', ...argv], {
        cwd: dir,
        env: { ...env },
      })
      expect(some.stdout).toMatch(
        /\n {4}arbetstillstand +uppfyllt \(inte prövat\), inte uppfyllt \(inte prövat\), obesvarat\n/,
      )
      expect(some.stdout.trim().split('\n').at(-1)).toBe('0 godkända, 1 underkänt')
      expect(some.stdout).not.toMatch(english)
    })

  it('in English, the same report keeps its words; json and junit stay as they are', async () => {
    const r = await cli(['test', 'lagerarbetare.test.yaml', '--coverage'], { cwd: dir })
    expect(r.stdout).toContain(
      '  FAIL  utan svar går ansökan till en människa\n        outcome\n          expected: "pass"\n',
    )
    expect(r.stdout).toContain('        got: review, score 0 of 4 (pass at 2)\n')
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 1 failed$/)
    const sv = { LANG: 'sv_SE.UTF-8' }
    for (const format of ['json', 'junit'])
      expect((await cli(['test', 'lagerarbetare.test.yaml', '--format', format], { cwd: dir, env: sv })).stdout).toBe(
        (await cli(['test', 'lagerarbetare.test.yaml', '--format', format], { cwd: dir })).stdout,
      )
  })
})

describe('the screen batch notices in Swedish', () => {
  const app = (id: string, submittedAt = '2026-11-20T10:00:00+01:00') =>
    JSON.stringify({ id, submittedAt, answers: { workPermit: true } })

  it('with --lang sv: a bad line, an unusable application, the time of the decision and the count at the end', async () => {
    const lines = [
      '{ not json',
      JSON.stringify({ id: 'x', answers: {} }),
      ...Array.from({ length: 7 }, (_, i) => app(`a${i}`)),
    ].join('\n')
    const r = await cli(
      ['screen', '--criteria', 'rules/frontend-developer.yaml', '--now', '1970-01-01T00:00:00Z', '--lang', 'sv', '-'],
      { stdin: lines },
    )
    expect(r.code).toBe(1)
    const notices = r.stderr.trim().split('\n')
    // The parser's own words are English and differ between Node versions: Swedish says where, in its own words.
    expect(notices[0]).toMatch(/^<stdin>:1:1  error  inte giltig JSON \(felet vid tecken \d+ på raden\)$/)
    expect(notices[1]).toBe(
      '<stdin>:2:1  error  ansökan går inte att använda: submittedAt: saknas men behövs (när ansökan skickades, till exempel 2026-11-20T09:14:00+01:00)',
    )
    expect(notices[2]).toBe(
      '<stdin>:3:1  warning  --now 1970-01-01T00:00:00.000Z är före tidpunkten då ansökan skickades (2026-11-20T10:00:00+01:00): beslutet dateras i stället till när ansökan skickades (det står i beslutsloggen)',
    )
    expect(notices[6]).toMatch(/; fler sådana rader räknas ihop i slutet$/)
    expect(notices.at(-1)).toBe(
      '<stdin>  warning  7 ansökningar skickades efter --now 1970-01-01T00:00:00.000Z: deras beslut dateras till när de skickades',
    )
    expect(r.stderr).not.toMatch(/\b(the|is|application|submitted)\b/)
  })

  it('with --lang sv: a line that is not an object, or too long', async () => {
    const r = await cli(
      ['screen', '--criteria', 'rules/frontend-developer.yaml', '--max-line', '200', '--lang', 'sv', '-'],
      { stdin: `[1]\n${JSON.stringify({ id: 'x'.repeat(300) })}\n` },
    )
    expect([r.code, r.stderr]).toEqual([
      1,
      '<stdin>:1:1  error  varje rad ska vara ett JSON-objekt med en ansökan, men här finns en lista\n<stdin>:2:1  error  raden är 309 tecken lång; gränsen är 200 (en ansökan per rad)\n',
    ])
  })

  it('a Swedish criteria file speaks Swedish without --lang; --lang en speaks English', async () => {
    const lines = [JSON.stringify({ id: 'x', answers: {} })].join('\n')
    const sv = await cli(['screen', '--criteria', 'rules/lagerarbetare.yaml', '-'], { stdin: lines })
    expect(sv.stderr).toContain('error  ansökan går inte att använda: submittedAt: saknas men behövs')
    const en = await cli(['screen', '--criteria', 'rules/lagerarbetare.yaml', '--lang', 'en', '-'], { stdin: lines })
    expect(en.stderr).toContain('error  application is not usable: submittedAt: is required')
  })

  it('a run stopped before it began says so in Swedish, with the exit code of the signal', async () => {
    const stopped = new AbortController()
    stopped.abort('SIGINT')
    const stderr = sink()
    const code = await run(['screen', '--criteria', 'rules/lagerarbetare.yaml', '-'], {
      stdout: sink(),
      stderr,
      stdin: Readable.from([app('a1')]),
      env: {},
      cwd: join(__dirname, '../..'),
      now: () => new Date('2026-12-16T08:00:00+01:00'),
      signal: stopped.signal,
    })
    expect(code).toBe(130)
    expect(stderr.text).toBe('autoscreen screen: stoppad av SIGINT innan någon ansökan hade bedömts\n')
  })

  // Swedish groups digits with a no-break space (U+00A0), as Intl writes them.
  it('the notices that need a run of their own (progress, a stop half way, a failed write) are worded in both languages', () => {
    const mark = { line: 12345, entries: 12345, results: 12301, errors: 44 }
    const batch = {
      source: 'data.jsonl',
      document: false,
      command: 'autoscreen screen --criteria rules/x.yaml --now 2026-12-16T07:00:00.000Z -',
    }
    expect(NOTICE_SV.progress(1024)).toBe('1\u00a0024 ansökningar bedömda …')
    expect(NOTICE_EN.progress(1024)).toBe('screened 1,024 applications…')
    expect(
      NOTICE_SV.stopped(
        'SIGTERM',
        NOTICE_SV.stoppedAfter(
          NOTICE_SV.done(mark, batch),
          NOTICE_SV.resume(mark, batch, 'tail -n +12346 data.jsonl | autoscreen screen …'),
        ),
      ),
    ).toBe(
      'stoppad av SIGTERM efter rad 12\u00a0345 i data.jsonl (12\u00a0301 resultat, 44 fel); för att fortsätta, bedöm raderna efter 12\u00a0345: tail -n +12346 data.jsonl | autoscreen screen …',
    )
    expect(
      NOTICE_SV.cannotWrite(
        'results',
        null,
        NOTICE_SV.failure.ENOSPC + ' (ENOSPC)',
        NOTICE_SV.writtenWhole(null, null, ''),
      ),
    ).toBe(
      'kan inte skriva resultaten till standard output: det finns inget utrymme kvar på enheten (ENOSPC); inget skrevs helt',
    )
    expect(Object.keys(NOTICE_SV).sort()).toEqual(Object.keys(NOTICE_EN).sort())
  })
})

function sink(): Writable & { text: string } {
  const chunks: string[] = []
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk))
      cb()
    },
  }) as Writable & { text: string }
  Object.defineProperty(w, 'text', { get: () => chunks.join('') })
  return w
}
