import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/cli'

describe('autoscreen (no command)', () => {
  it('prints help and exits 2 without a command, 0 with --help', async () => {
    expect((await cli([])).code).toBe(2)
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Commands:')
  })
  it('exits 2 on an unknown command', async () => {
    const r = await cli(['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown command "frobnicate"')
  })
})

describe('autoscreen validate', () => {
  it('says ok and exits 0 for valid files and folders', async () => {
    const r = await cli(['validate', 'rules'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('rules/frontend-developer.yaml: ok')
    expect(r.stdout).toContain('rules/lagerarbetare.yaml: ok')
  })
  it('prints file:line:col rows and a summary, exit 1', async () => {
    const r = await cli(['validate', 'test/fixtures/criteria/invalid/unknown-key.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'test/fixtures/criteria/invalid/unknown-key.yaml:13:5  error  unknown key "reqired" in criteria[0]; did you mean "required"?  unknown_key',
    )
    expect(r.stdout).toContain('2 problems (2 errors, 0 warnings)')
    expect(r.stdout).not.toContain('\x1b[')
  })
  it('colours only on a terminal without NO_COLOR', async () => {
    const f = 'test/fixtures/criteria/invalid/unknown-key.yaml'
    expect((await cli(['validate', f], { tty: true })).stdout).toContain('\x1b[31m')
    expect((await cli(['validate', f], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[')
  })
  it('--format json', async () => {
    const r = await cli([
      'validate',
      '--format',
      'json',
      'test/fixtures/criteria/invalid/bad.json',
      'rules/b2b-saljare.yaml',
    ])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.errorCount).toBe(2)
    expect(out.files[0].issues[0]).toMatchObject({
      line: 8,
      column: 32,
      severity: 'error',
      code: 'type_mismatch',
      path: 'criteria[0].rule.in',
    })
    expect(out.files[1]).toEqual({ file: 'rules/b2b-saljare.yaml', valid: true, issues: [] })
  })
  it('exits 2 on usage errors', async () => {
    expect((await cli(['validate'])).code).toBe(2)
    expect((await cli(['validate', '--format', 'xml', 'rules'])).code).toBe(2)
    expect((await cli(['validate', '--bogus', 'rules'])).code).toBe(2)
  })
})

describe('autoscreen screen', () => {
  it('streams one JSON result per line', async () => {
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      'examples/applications/frontend-developer.jsonl',
    ])
    expect(r.code).toBe(0)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toHaveLength(10)
    expect(lines.map((l) => l.outcome)).toEqual([
      'pass',
      'reject',
      'reject',
      'review',
      'reject',
      'reject',
      'review',
      'reject',
      'pass',
      'pass',
    ])
    expect(lines[0].audit.evaluatedAt).toBe('2026-12-16T07:00:00.000Z')
  })
  it('reports bad lines with their line number and keeps going, exit 1', async () => {
    const input = [
      '{"id":"x1","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"workPermit":true}}',
      '{not json',
      '',
      '[1]',
      '{"id":"","submittedAt":"2026-11-20T10:00:00+01:00"}',
      '{"id":"x2","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"workPermit":false}}',
    ].join('\n')
    const r = await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', '-'], { stdin: input })
    expect(r.code).toBe(1)
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).application.id),
    ).toEqual(['x1', 'x2'])
    expect(r.stderr).toContain('<stdin>:2:1  error  not valid JSON')
    expect(r.stderr).toContain('<stdin>:4:1  error  expected one application object per line, found a list')
    expect(r.stderr).toMatch(/<stdin>:5:1 {2}error {2}application is not usable: id/)
  })
  it('reads a pretty-printed JSON array', async () => {
    const input = JSON.stringify(
      [
        { id: 'p1', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} },
        { id: 'p2', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} },
      ],
      null,
      2,
    )
    const r = await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', '--format', 'json', '-'], {
      stdin: input,
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).map((x: { outcome: string }) => x.outcome)).toEqual(['review', 'review'])
  })
  it('--explain adds recruiter-facing explanations', async () => {
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--explain',
      'examples/applications/frontend-developer.jsonl',
    ])
    const third = JSON.parse(r.stdout.trim().split('\n')[2]!)
    expect(third.explanations.experience).toBe(
      'The answer to “Years of professional experience with frontend development” is 1; at least 3 required',
    )
  })
  it("--format table for people: each result in its own language, the count in the CLI's", async () => {
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--format',
      'table',
      '--explain',
      'examples/applications/frontend-developer.jsonl',
    ])
    // fe-1006 applied in Swedish: its reasons are Swedish, and so are the words around them.
    expect(r.stdout).toContain('fe-1006  AVBÖJS  nära ja (kandidatbanken)  3 av 5 poäng (går vidare från 2 poäng)')
    // fe-1002 applied in English.
    expect(r.stdout).toMatch(
      /fe-1002  REJECTED  score 4\/5 \(pass at 2\)\n  ✓ closing date  required  met +an application submitted by the closing date/,
    )
    // The file is in English: the count at the end is the CLI's.
    expect(r.stdout).toContain('10 screened')
    // The demo (npm run demo): the message under a result is labelled in the result's language too.
    const demo = (
      await cli([
        'screen',
        '--criteria',
        'rules/frontend-developer.yaml',
        '--format',
        'table',
        '--explain',
        '--messages',
        '--now',
        'arrival',
        'examples/applications/frontend-developer.jsonl',
      ])
    ).stdout.split('\n\nfe-')
    const block = (id: string) => demo.find((b) => b.startsWith(id) || b.startsWith(`fe-${id}`))!
    expect(block('1001')).toMatch(/^fe-1001  GÅR VIDARE[\s\S]*\n  Ämne: Nästa steg i din ansökan[\s\S]*\n  Skickas: /)
    expect(block('1001')).not.toMatch(/\b(Subject|Planned|score|met|required)\b/)
    expect(block('1002')).toMatch(/^1002  REJECTED[\s\S]*\n  Subject: [\s\S]*\n  Planned: /)
  })
  it("--format table --explain: a result's block is all in its language, --lang over it; the rest in the file's language, the environment under it", async () => {
    const run = [
      'screen',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--format',
      'table',
      '--explain',
      '--now',
      'arrival',
      'examples/applications/lagerarbetare.jsonl',
    ]
    const out = (await cli(run, { env: { LANG: 'en_GB.UTF-8' } })).stdout
    const blocks = out.split('\n\n')
    const english = blocks.find((b) => b.startsWith('lg-2007'))! // the one candidate who applied in English
    const sv = blocks.filter((b) => b !== english).join('\n\n')
    expect(sv).toContain('lg-2002  AVBÖJS  nära ja (kandidatbanken)  3 av 4 poäng (går vidare från 2 poäng)')
    expect(sv).toMatch(
      /lg-2004  TILL EN PERSON  1 av 4 poäng \(går vidare från 2 poäng\)\n  ✓ sista ansökningsdag  krav +uppfyllt/,
    )
    expect(sv).toContain('Inget svar på ”Din svenskanivå (GERS)”, och svaret kan ändra beslutet.')
    expect(sv).toContain('ansökningar bedömda')
    // A merit's rule gives points; only a requirement is required.
    expect(sv).toContain('är 0; minst 6 ger poäng')
    expect(sv).not.toMatch(
      /\b(PASS|REJECT|REJECTED|REVIEW|MOVES ON|TO A PERSON|score|pass at|required|met|unmet|missing|skipped|is not answered|screened|deadline)\b/,
    )
    expect(english).toMatch(
      /^lg-2007  REJECTED  near miss \(talent pool\)  score 1\/4 \(pass at 2\)\n  ✓ closing date +required +met /,
    )
    expect(english).toContain(
      'The answer to “How many months have you worked in a warehouse?” is 2; at least 6 gives points',
    )
    expect(english).not.toMatch(/uppfyllt|krav|poäng|Svaret/)
    const en = (await cli(['--lang', 'en', ...run])).stdout
    expect(en).toContain('lg-2004  TO A PERSON  score 1/4 (pass at 2)')
    expect(en).toContain('No answer to “Your Swedish level (CEFR)”, and the answer could change the decision.')
    expect(en).toContain('8 screened')
  })
  it('exits 2 with located errors when the criteria do not load', async () => {
    const r = await cli(['screen', '--criteria', 'test/fixtures/criteria/invalid/unknown-key.yaml', '-'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown-key.yaml:13:5')
  })
  it('exits 2 on usage errors', async () => {
    expect((await cli(['screen', 'x.jsonl'])).code).toBe(2)
    expect((await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', 'nope.jsonl'])).code).toBe(2)
    expect((await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', '--now', 'soon', '-'])).code).toBe(2)
  })
})

describe('autoscreen schema', () => {
  it('prints the JSON Schema generated from the zod schema', async () => {
    const r = await cli(['schema'])
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.stdout)
    expect(schema.$schema).toContain('json-schema.org')
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'locale', 'job', 'fields', 'criteria']))
    expect(schema.additionalProperties).toBe(false)
  })
})

describe('autoscreen preview', () => {
  it('prints the subject and text as the candidate gets them, and the planned send time', async () => {
    const args = [
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--now',
      '2026-11-19T07:55:00+01:00',
    ]
    const r = await cli(args)
    expect(r.code).toBe(0)
    // The head is the recruiter's, in the run's language (here the file's); the message the candidate's.
    expect(r.stdout).toContain('Steg:     talent-pool (sv)')
    expect(r.stdout).toContain('Skickas:  2026-11-19 11:55 Europe/Stockholm')
    expect(r.stdout).toContain('Varför:   tidigast 4 timmar efter ansökan; inom arbetstid: tors 2026-11-19 11:55')
    expect(r.stdout).toContain('Ämne: Din ansökan till Vätterlogistik AB – Lagerarbetare, kvällsskift')
    expect(r.stdout).toContain('Hej Fatima!')
    const en = await cli([...args, '--lang', 'en'])
    expect(en.stdout).toContain('Stage:    talent-pool (sv)')
    expect(en.stdout).toContain('Send at:  2026-11-19 11:55 Europe/Stockholm')
    expect(en.stdout).toContain(
      'Why:      not earlier than 4 h after submission; within working hours: thu 2026-11-19 11:55',
    )
    expect(en.stdout).toContain('Subject: Din ansökan till Vätterlogistik AB – Lagerarbetare, kvällsskift')
    expect(en.stdout).toContain('Hej Fatima!')
  })
  it('--stage, --locale and --format json', async () => {
    const r = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--stage',
      'rejected',
      '--locale',
      'en',
      '--format',
      'json',
      '--now',
      '2026-11-19T07:55:00+01:00',
    ])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ outcome: 'reject', decision: null, message: { stage: 'rejected', locale: 'en' } })
    expect(out.message.text).toContain('forklift licence')
  })
  it("--decide reject with --reason: a person's rejection names that reason, never as automatic, sent in working time from the decision", async () => {
    const base = ['preview', '--criteria', 'rules/lagerarbetare.yaml', '--application', 'examples/lg-2002.json']
    const r = await cli([
      ...base,
      '--decide',
      'reject',
      '--reason',
      'kvallsskift',
      '--by',
      'Sara Lind',
      '--decided-at',
      '2026-11-24T10:00',
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(
      /^Beslut: avböjs av Sara Lind, 2026-11-24 10:00 Europe\/Stockholm \(programmets beslut: avböjs\)\nSteg:     rejected-by-person \(sv\)\nSkickas:  2026-11-24 10:00 Europe\/Stockholm\n/,
    )
    expect(r.stdout).toContain('möjlighet att arbeta kvällsskift måndag till fredag')
    // The program found the truck licence unmet; the person named the evening shifts, and only those are told.
    expect(r.stdout).not.toContain('truckkort')
    expect(r.stdout).not.toMatch(/automatisk/i)
    // In JSON: the decision as recorded, and the message and plan for it.
    const j = await cli([
      ...base,
      '--decide',
      'reject',
      '--reason',
      'kvallsskift',
      '--reason-text-sv',
      'Vi behöver någon på kvällarna redan i december.',
      '--reason-text-en',
      'We need someone for evenings already in December.',
      '--format',
      'json',
      '--locale',
      'en',
    ])
    expect(j.code).toBe(0)
    const out = JSON.parse(j.stdout)
    expect(out.outcome).toBe('reject')
    expect(out.decision).toMatchObject({
      outcome: 'reject',
      by: 'preview',
      at: '2026-11-19T06:55:00.000Z',
      reasons: {
        criteria: ['kvallsskift'],
        text: {
          sv: 'Vi behöver någon på kvällarna redan i december.',
          en: 'We need someone for evenings already in December.',
        },
      },
      previous: { outcome: 'reject', decidedBy: 'program' },
    })
    expect(out.message).toMatchObject({ stage: 'rejected-by-person', locale: 'en', automated: false })
    expect(out.message.text).toContain('We need someone for evenings already in December.')
    // Decided at the arrival (Thursday 07:55): sent at 08:00, the first working time.
    expect(out.plan.sendAt).toBe('2026-11-19T07:00:00.000Z')
  })
  it('--decide reject --interview: rejected-after-interview, decided after the interview, sent no earlier than the policy allows after it', async () => {
    const r = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--decide',
      'reject',
      '--reason',
      'kvallsskift',
      '--interview',
      '2026-11-26T10:00:00+01:00',
      '--locale',
      'en',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    // No --decided-at and --now at arrival: the decision is dated at the interview, the later of the two.
    expect(out.decision).toMatchObject({ at: '2026-11-26T09:00:00.000Z', interviewAt: '2026-11-26T09:00:00.000Z' })
    expect(out.message).toMatchObject({
      stage: 'rejected-after-interview',
      locale: 'en',
      subject: 'Thank you for the interview – Warehouse worker, evening shift',
    })
    expect(out.plan.sendAt).toBe('2026-11-27T09:00:00.000Z')
    // --decide pass: good news, whatever the program found.
    const pass = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--decide',
      'pass',
      '--format',
      'json',
    ])
    expect(pass.code).toBe(0)
    expect(JSON.parse(pass.stdout)).toMatchObject({
      outcome: 'reject',
      decision: { outcome: 'pass' },
      message: { stage: 'advance' },
    })
  })
  it("a stage that does not fit the decision is a finding: one line saying why in the run's language, exit 1 (in JSON too)", async () => {
    // A rejection for a passing result no person rejected.
    const pass = [
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'test/fixtures/preview/lg-pass.json',
    ]
    expect((await cli(pass)).stdout).toContain('Steg:     advance (sv)')
    const r = await cli([...pass, '--stage', 'rejected'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    // The file is Swedish: so is the line (found in a Swedish trial: it was English).
    expect(r.stdout.split('\n')).toEqual([
      'test/fixtures/preview/lg-pass.json  error  --stage rejected: Meddelandet ”Avslag” är för ett avslag som programmet har gjort, och här är programmets beslut ”Går vidare”. Ett meddelande säger aldrig något som inte har beslutats. Till det här beslutet hör ”Vidare till nästa steg”. Förhandsgranska en persons avslag med --decide reject --reason <kriterium>.  stage_mismatch',
      '',
    ])
    // An advance for a rejection; a person's rejection without one; the program's rejection after a person passed.
    const reject = ['preview', '--criteria', 'rules/lagerarbetare.yaml', '--application', 'examples/lg-2002.json']
    const advance = await cli([...reject, '--stage', 'advance', '--lang', 'en'])
    expect(advance.code).toBe(1)
    expect(advance.stdout).toBe(
      'examples/lg-2002.json  error  --stage advance: The “On to the next step” message is for an application that goes on, and here the program rejected it as a near miss. A message never says what was not decided. The message for this decision is “Near miss, kept in the talent pool”.  stage_mismatch\n',
    )
    const person = await cli([...reject, '--stage', 'rejected-after-interview'])
    expect(person.code).toBe(1)
    expect(person.stdout).toContain('--decide reject --reason <kriterium> --interview <tidpunkt>')
    const json = await cli([...reject, '--decide', 'pass', '--stage', 'talent-pool', '--format', 'json'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({
      outcome: 'reject',
      decision: { outcome: 'pass', by: 'preview' },
      stage: 'talent-pool',
      stageFor: 'advance',
      problem: { code: 'stage_mismatch', message: expect.stringContaining('här har en person beslutat ”Går vidare”') },
    })
  })
  it('an invalid decision says what is wrong and which option gives it, on one line, exit 2', async () => {
    // In English (--lang en): the file is Swedish, and a refused decision is worded in its language otherwise (cli-language.test.ts).
    const base = [
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--decide',
      'reject',
      '--lang',
      'en',
    ]
    const cases: [string[], RegExp][] = [
      [[], /reasons are needed for a rejection: .* \(--reason, --reason-text-sv, --reason-text-en\)$/],
      [
        ['--reason-text-sv', 'Vi valde en annan kandidat.'],
        /reasons\.text has no en version; messages for this job are sent in sv and en \(--reason-text-en\)$/,
      ],
      [
        ['--reason', 'kvällsskift'],
        /reasons\.criteria\[0\] "kvällsskift" is not a criterion of lagerarbetare-jonkoping \(.*kvallsskift.*\) \(--reason\)$/,
      ],
      [
        ['--reason', 'kvallsskift', '--interview', '2026-11-26T10:00', '--decided-at', '2026-11-25T10:00'],
        /interviewAt \(2026-11-26T09:00:00.000Z\) is after the decision .* \(--interview, --decided-at\)$/,
      ],
      [['--reason', 'kvallsskift', '--by', ' '], /by must name who decided \(--by\)$/],
    ]
    for (const [extra, message] of cases) {
      const r = await cli([...base, ...extra])
      expect(r.code, extra.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^autoscreen preview: invalid_decision: decision for application lg-2002: /)
      expect(r.stderr.trimEnd().split('\n'), extra.join(' ')).toHaveLength(1)
      expect(r.stderr.trimEnd()).toMatch(message)
    }
    // Reasons on a pass: a pass names no unmet requirement.
    const pass = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--decide',
      'pass',
      '--reason',
      'kvallsskift',
      '--lang',
      'en',
    ])
    expect(pass.code).toBe(2)
    expect(pass.stderr).toContain('reasons are for a rejection')
  })
  it('previews at arrival by default (and with --now arrival): an old example is no SLA breach', async () => {
    // The injected clock says 2026-12-16, weeks after the example came in.
    for (const extra of [[], ['--now', 'arrival']]) {
      const r = await cli([
        'preview',
        '--criteria',
        'rules/lagerarbetare.yaml',
        '--application',
        'examples/lg-2002.json',
        ...extra,
      ])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('Skickas:  2026-11-19 11:55 Europe/Stockholm')
      expect(r.stdout).not.toContain('SVARSTIDEN ÖVERSKRIDEN')
    }
    const late = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'examples/lg-2002.json',
      '--now',
      '2026-12-16T08:00:00+01:00',
    ])
    expect(late.stdout).toContain('SVARSTIDEN ÖVERSKRIDEN')
  })
  it('a file the lint finds unfair is said so above the preview, in the file’s language, and names what it found', async () => {
    // Found in a Swedish trial: an age limit was screened and previewed without a word.
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-preview-lint-'))
    const yaml = readFileSync('rules/lagerarbetare.yaml', 'utf8').replace(
      /^criteria:\n/m,
      'criteria:\n  - id: ung\n    rule: { var: workPermit }\n    weight: 1\n    reason:\n      sv: en ung och energisk person\n      en: a young and energetic person\n',
    )
    writeFileSync(join(dir, 'unfair.yaml'), yaml)
    const args = ['preview', '--criteria', join(dir, 'unfair.yaml'), '--application', 'examples/lg-2002.json']
    const sv = await cli(args)
    expect(sv.code).toBe(0)
    expect(sv.stderr).toMatch(
      /unfair\.yaml {2}warning {2}granskningen hittar \d+ fel i kriterierna \(.*protected-ground:age.*\): kör autoscreen lint/,
    )
    expect(sv.stdout).toContain('Steg:')
    const en = await cli([...args, '--lang', 'en'])
    expect(en.stderr).toMatch(/the lint finds \d+ errors? in these criteria \(.*protected-ground:age.*\)/)
    // A fair file previews without it.
    expect(
      (await cli(['preview', '--criteria', 'rules/lagerarbetare.yaml', '--application', 'examples/lg-2002.json']))
        .stderr,
    ).toBe('')
  })
  it('an application it cannot read is a typed error, not an internal one', async () => {
    const r = await cli([
      'preview',
      '--criteria',
      'rules/lagerarbetare.yaml',
      '--application',
      'test/fixtures/testing/conditional.yaml',
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).not.toContain('internal error')
  })
  it('exits 2 on usage errors', async () => {
    expect((await cli(['preview', '--criteria', 'rules/lagerarbetare.yaml'])).code).toBe(2)
    expect(
      (
        await cli([
          'preview',
          '--criteria',
          'rules/lagerarbetare.yaml',
          '--application',
          'examples/lg-2002.json',
          '--stage',
          'nope',
        ])
      ).code,
    ).toBe(2)
    const base = ['preview', '--criteria', 'rules/lagerarbetare.yaml', '--application', 'examples/lg-2002.json']
    const maybe = await cli([...base, '--decide', 'maybe'])
    expect(maybe.code).toBe(2)
    expect(maybe.stderr).toMatch(
      /^autoscreen preview: --decide must be pass or reject \(a person's decision\), got "maybe"\n/,
    )
    // The options of a person's decision say nothing without one.
    const alone = await cli([...base, '--reason', 'kvallsskift', '--interview', '2026-11-26T10:00'])
    expect(alone.code).toBe(2)
    expect(alone.stderr).toMatch(
      /^autoscreen preview: --reason, --interview belong to a person's decision: add --decide reject \(or pass\)\n/,
    )
    const date = await cli([...base, '--decide', 'pass', '--decided-at', '2026-02-30T10:00'])
    expect(date.code).toBe(2)
    expect(date.stderr).toMatch(/^autoscreen preview: --decided-at must be a real ISO 8601 date-time/)
  })
})

describe('autoscreen screen --messages', () => {
  it('adds the rendered message and its send time to each result', async () => {
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--messages',
      '--now',
      'arrival',
      'examples/applications/frontend-developer.jsonl',
    ])
    expect(r.code).toBe(0)
    const first = JSON.parse(r.stdout.split('\n')[1]!)
    expect(first.message).toMatchObject({
      stage: 'rejected',
      locale: 'en',
      sendAt: '2026-11-23T07:00:00.000Z',
      slaBreached: false,
    })
    expect(first.audit.evaluatedAt).toBe('2026-11-21T13:02:00.000Z')
  })
})

describe('autoscreen test', () => {
  it('runs the bundled rule tests with coverage, like CI does', async () => {
    const r = await cli(['test', 'rules/', '--coverage', '--coverage-threshold', '100'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('  PASS  a strong candidate passes and is invited to the next step')
    expect(r.stdout).toContain('coverage 100%')
    expect(r.stdout.trim().split('\n').at(-1)).toBe('27 passed, 0 failed')
  })
  it('given a criteria file, runs the test file next to it; a test file that is not one says what it expects', async () => {
    const r = await cli(['test', 'rules/underskoterska-hemtjanst.yaml'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('rules/underskoterska-hemtjanst.test.yaml\n')
    expect(r.stdout.trim().split('\n').at(-1)).toBe('8 passed, 0 failed')
    const missing = await cli(['test', 'test/fixtures/lint/everyday.yaml'])
    expect(missing.code).toBe(2)
    expect(missing.stdout + missing.stderr).toContain('test/fixtures/lint/everyday.test.yaml')
  })
  it('exits 1 on a failing case and shows expected and actual side by side', async () => {
    const r = await cli(['test', 'test/fixtures/testing/minimal.test.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '  FAIL  wrong expectation fails with both values shown\n        outcome\n          expected: "pass"\n          actual:   "reject"',
    )
    expect(r.stdout).toContain('2 passed, 1 failed')
  })
  it('--run, --fail-on-empty, --format json and junit', async () => {
    expect((await cli(['test', 'test/fixtures/testing/minimal.test.yaml', '--run', 'passes'])).code).toBe(0)
    expect(
      (await cli(['test', 'test/fixtures/testing/minimal.test.yaml', '--run', 'nothing', '--fail-on-empty'])).code,
    ).toBe(1)
    expect(JSON.parse((await cli(['test', 'rules/', '--format', 'json'])).stdout)).toMatchObject({
      passed: 27,
      failed: 0,
    })
    expect((await cli(['test', 'rules/', '--format', 'junit'])).stdout).toContain(
      '<testsuites name="autoscreen" tests="27" failures="0">',
    )
  })
  it('fails below the coverage threshold, and exits 2 on usage errors', async () => {
    const r = await cli([
      'test',
      'test/fixtures/testing/minimal.test.yaml',
      '--run',
      'passes',
      '--coverage-threshold',
      '90',
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('coverage 33.3% is below the threshold of 90%')
    expect((await cli(['test', '--coverage-threshold', '150'])).code).toBe(2)
    expect((await cli(['test', 'test/fixtures/criteria/invalid/unknown-key.yaml'])).code).toBe(2)
  })
})

describe('autoscreen lint', () => {
  it('is clean on the bundled rules and reports file:line:col otherwise, exit 1', async () => {
    expect((await cli(['lint'])).code).toBe(0)
    const r = await cli(['lint', 'test/fixtures/lint/unfair.yaml'])
    expect(r.code).toBe(1)
    // A Swedish file is reported in Swedish: the first line, then the advice and the acknowledgement indented under it.
    expect(r.stdout).toContain(
      [
        'test/fixtures/lint/unfair.yaml:16:5  error  Frågan "Födelseår" (fältet birthYear) frågar efter ålder, en diskrimineringsgrund; kriteriet young läser svaret.  protected-ground:age',
        '    Fråga i stället efter det arbetet kräver: erfarenhet, körkort eller utbildning (till exempel B-körkort eller två års erfarenhet av yrket). Sätter en lag en åldersgräns (alkoholservering) anger du lagen i justification. Ta annars bort kriteriet young, eller skriv i dess justification varför det är lagligt och nödvändigt för tjänsten.',
        '    Handlar texten om något annat än den sökande (arbetet, ett ämne, kunderna eller patienterna)? Godkänn då fyndet: lägg till de här raderna i fältet birthYear, i samma indrag som label:',
        '      lintAcknowledge:',
        '        - finding: protected-ground:age',
        '          reason: <varför texten inte handlar om den sökande>',
        '',
      ].join('\n'),
    )
    expect(r.stdout).toContain('11 problem (6 fel, 5 varningar)')
    const json = JSON.parse((await cli(['lint', '--format', 'json', 'test/fixtures/lint/unfair.yaml'])).stdout)
    expect(json.errorCount).toBe(6)
    expect(json.issues[1]).toMatchObject({
      line: 16,
      column: 5,
      code: 'protected_ground',
      finding: 'protected-ground:age',
      ground: 'age',
      matched: 'Födelseår',
      source: 'the sv label of field "birthYear"',
      lang: 'sv',
      headline:
        'Frågan "Födelseår" (fältet birthYear) frågar efter ålder, en diskrimineringsgrund; kriteriet young läser svaret.',
      advice: expect.stringMatching(/^Fråga i stället efter det arbetet kräver/),
      acknowledge: {
        how: expect.stringContaining('i fältet birthYear'),
        yaml: 'lintAcknowledge:\n  - finding: protected-ground:age\n    reason: <varför texten inte handlar om den sökande>',
        at: ['fields', 'birthYear'],
      },
    })
  })
  it("words findings in the file's language, not the environment's; --lang chooses", async () => {
    const sv = await cli(['lint', 'test/fixtures/lint/everyday.yaml'], { env: { LANG: 'en_US.UTF-8' } })
    expect(sv.stdout).toContain(
      '12:3  error  Frågan "Hur gammal är du?" (fältet howOld) frågar efter ålder, en diskrimineringsgrund.  protected-question:age\n    Inget kriterium läser svaret',
    )
    const en = await cli(['--lang', 'en', 'lint', 'test/fixtures/lint/everyday.yaml'], { env: { LANG: 'sv_SE.UTF-8' } })
    expect(en.stdout).toContain(
      '12:3  error  The question "Hur gammal är du?" (field howOld) asks about age, a protected ground.  protected-question:age\n    No criterion reads the answer',
    )
    expect(en.stdout).toContain(
      '    If the text is about something other than the applicant (the work, a subject taught, the people served), acknowledge it: add these lines in field howOld, beside label:\n      lintAcknowledge:\n        - finding: protected-question:age\n          reason: <why this is not about the applicant>\n',
    )
    expect(en.stdout).toMatch(/\d+ problems \(\d+ errors, \d+ warnings\)/)
    // An English file in a Swedish environment stays English.
    expect(
      (await cli(['lint', 'test/fixtures/lint/acknowledged.yaml'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout,
    ).toContain('(1 acknowledged finding not shown; --format json lists them)')
    // Every first line of a fairness finding is under 120 characters, whichever the language.
    for (const out of [sv.stdout, en.stdout])
      for (const line of out
        .split('\n')
        .filter((l) => /  (protected-ground|protected-question|personal-reason):?/.test(l)))
        expect(line.split('  ')[2]!.length, line).toBeLessThan(120)
  })
  it("the CI guide's recipe fails on a reason about the person, and passes once it names the requirement", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    // The lint step of the GitHub Actions recipe in docs/ci.md, run as written on a folder of rules.
    const recipe = /- run: npx --no-install autoscreen (lint .*)/
      .exec(readFileSync('docs/ci.md', 'utf8'))![1]!
      .split(' ')
    expect(recipe).toEqual(['lint', 'rules/'])
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-ci-'))
    const file = (reason: string) =>
      writeFileSync(
        join(dir, 'butik.yaml'),
        [
          'id: butik',
          'version: 1',
          'locale: sv',
          'job: { title: Butikssäljare, company: Acme, contact: { name: Ann, email: ann@acme.example } }',
          'fields:',
          '  helger: { type: boolean, label: { sv: Kan du arbeta helger? } }',
          'criteria:',
          `  - { id: helger, rule: { var: helger }, required: true, reason: { sv: ${reason} } }`,
          '',
        ].join('\n'),
      )
    file('att du verkar villig att jobba helger')
    const failing = await cli(recipe.map((a) => (a === 'rules/' ? dir : a)))
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain(
      'error  Skälet "att du verkar villig att jobba helger" (kriteriet helger) handlar om den sökande ("verkar"), inte om kravet.  personal-reason',
    )
    file('att du kan arbeta helger')
    expect((await cli(recipe.map((a) => (a === 'rules/' ? dir : a)))).code).toBe(0)
  })
  it('acknowledged findings: left out of the text, listed apart in JSON with their reasons', async () => {
    const r = await cli(['lint', 'test/fixtures/lint/acknowledged.yaml'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('unused-acknowledgement')
    expect(r.stdout).toContain('(1 acknowledged finding not shown; --format json lists them)')
    const json = JSON.parse((await cli(['lint', '--format', 'json', 'test/fixtures/lint/acknowledged.yaml'])).stdout)
    expect(json.acknowledged).toMatchObject([
      { finding: 'protected-question:sex', acknowledged: expect.stringContaining('equal-opportunities monitoring') },
    ])
  })
})

describe('autoscreen report and diff', () => {
  it('report: markdown by default, json and html on request', async () => {
    const screened = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--messages',
      '--now',
      'arrival',
      'examples/applications/frontend-developer.jsonl',
    ])
    const md = await cli(['report', '-'], { stdin: screened.stdout })
    expect(md.code).toBe(0)
    expect(md.stdout).toContain(
      '10 applications: 3 passed, 5 rejected (2 near misses kept for the talent pool), 2 for human review.',
    )
    expect(md.stdout).toContain('100.0% answered within 48 hours')
    expect(
      JSON.parse((await cli(['report', '--format', 'json', '-'], { stdin: screened.stdout })).stdout).totals.pass,
    ).toBe(3)
    expect((await cli(['report', '--format', 'html', '-'], { stdin: screened.stdout })).stdout).toContain(
      '<h2>Funnel</h2>',
    )
  })
  it('report: bad lines are reported and the rest summarised, exit 1', async () => {
    const r = await cli(['report', '-'], { stdin: '{"x":1}\nnot json\n' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('<stdin>:1:1  error  not a screening result')
    expect(r.stdout).toContain('0 applications')
  })
  it('diff: no change between a rule set and itself; --fail-on-change', async () => {
    const same = await cli([
      'diff',
      '--from',
      'rules/b2b-saljare.yaml',
      '--to',
      'rules/b2b-saljare.yaml',
      '--fail-on-change',
      '--now',
      '2026-12-01T10:00:00+01:00',
      'examples/applications/b2b-saljare.jsonl',
    ])
    expect(same.code).toBe(0)
    expect(same.stdout).toContain('6 applications: 6 unchanged, 0 changed')
    expect((await cli(['diff', '--from', 'rules/b2b-saljare.yaml'])).code).toBe(2)
  })
})

describe('located errors name the right file', () => {
  it('a template error names the template file, not the criteria file', async () => {
    const r = await cli([
      'preview',
      '--criteria',
      'test/fixtures/templates/bad-criteria.yaml',
      '--application',
      'examples/lg-2002.json',
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('test/fixtures/templates/bad.en.hbs:5:')
    expect(r.stderr).toContain('test/fixtures/templates/bad-criteria.yaml:20:11')
  })
})

describe('conventions every command follows', () => {
  const f = 'test/fixtures/criteria/invalid/unknown-key.yaml'
  it('--color forces colour (even with NO_COLOR or no terminal), --no-color turns it off on a terminal', async () => {
    expect((await cli(['validate', '--color', f])).stdout).toContain('\x1b[31m')
    expect((await cli(['validate', f, '--color'], { env: { NO_COLOR: '1' } })).stdout).toContain('\x1b[31m')
    expect((await cli(['--no-color', 'validate', f], { tty: true })).stdout).not.toContain('\x1b[')
  })
  it('-f is --format and -o is --output', async () => {
    const r = await cli(['lint', '-f', 'json', 'test/fixtures/lint/unfair.yaml'])
    expect(JSON.parse(r.stdout).errorCount).toBe(6)
    const { mkdtempSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const out = join(mkdtempSync(join(tmpdir(), 'autoscreen-o-')), 'lint.json')
    const o = await cli(['lint', '-f', 'json', '-o', out, 'test/fixtures/lint/unfair.yaml'])
    expect(o.code).toBe(1)
    expect(o.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).warningCount).toBe(5)
  })
  it('-o - writes to standard output, as Unix tools do, not to a file named "-"', async () => {
    const { existsSync, mkdtempSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const cwd = mkdtempSync(join(tmpdir(), 'autoscreen-dash-'))
    const r = await cli(['validate', '-f', 'json', '-o', '-', join(process.cwd(), 'rules/lagerarbetare.yaml')], { cwd })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ errorCount: 0, files: [{ valid: true }] })
    expect(existsSync(join(cwd, '-'))).toBe(false)
  })
  it('lint --quiet shows errors only; --max-warnings fails on too many warnings', async () => {
    const quiet = await cli(['lint', '--quiet', 'test/fixtures/lint/unfair.yaml'])
    expect(quiet.stdout).toContain('  error  ')
    expect(quiet.stdout).not.toContain('  warning  ')
    expect(quiet.stdout).toContain('11 problem (6 fel, 5 varningar)')
    const ack = 'test/fixtures/lint/acknowledged.yaml' // no errors, one warning
    expect((await cli(['lint', ack])).code).toBe(0)
    expect((await cli(['lint', '--max-warnings', '1', ack])).code).toBe(0)
    const over = await cli(['lint', '--max-warnings', '0', ack])
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('1 warning, more than --max-warnings 0')
    expect((await cli(['lint', '--max-warnings', 'many', ack])).code).toBe(2)
  })
  it('a path that is not there is a usage error, exit 2, as in ESLint', async () => {
    for (const command of ['validate', 'lint', 'test']) {
      const r = await cli([command, 'rules/no-such-file.yaml'])
      expect(r.code, command).toBe(2)
      expect(r.stderr, command).toContain('no such file or folder: rules/no-such-file.yaml')
    }
  })
  it('test: no test files, or no case run, fails unless --pass-with-no-tests', async () => {
    const empty = await cli(['test', 'examples/templates'])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('no test files found in examples/templates')
    expect((await cli(['test', 'examples/templates', '--pass-with-no-tests'])).code).toBe(0)
    expect((await cli(['test', 'rules/', '--run', 'no case is called this'])).code).toBe(1)
    expect((await cli(['test', 'rules/', '--run', 'no case is called this', '--pass-with-no-tests'])).code).toBe(0)
  })
  it('test --quiet lists failing cases only', async () => {
    const r = await cli(['test', '--quiet', 'test/fixtures/testing/minimal.test.yaml'])
    expect(r.stdout).toContain('FAIL  wrong expectation fails')
    expect(r.stdout).not.toContain('PASS')
  })
})

describe('--lang: problems in the user language', () => {
  const f = 'test/fixtures/criteria/invalid/unknown-key.yaml'
  it('words problems and the summary in Swedish with --lang sv, anywhere on the line', async () => {
    for (const argv of [
      ['--lang', 'sv', 'validate', f],
      ['validate', f, '--lang=sv'],
    ]) {
      const r = await cli(argv)
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        `${f}:13:5  error  okänd nyckel "reqired" i criteria[0]; menade du "required"?  unknown_key`,
      )
      expect(r.stdout).toContain('2 problem (2 fel, 0 varningar)')
      expect(r.stdout).not.toContain('unknown key')
    }
  })
  it('takes Swedish from the environment (LANG=sv_SE.UTF-8) for a file that says no language, LC_ALL before LANG, and --lang before both', async () => {
    const none = join(mkdtempSync(join(tmpdir(), 'autoscreen-lang-')), 'none.yaml')
    writeFileSync(none, readFileSync(f, 'utf8').replace(/^locale: \w+\n/m, ''))
    expect((await cli(['validate', none], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain('okänd nyckel "reqired"')
    expect((await cli(['validate', none], { env: { LANG: 'sv_SE.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stdout).toContain(
      'unknown key "reqired"',
    )
    expect((await cli(['validate', none], { env: { LANG: 'C', LC_MESSAGES: 'sv_FI' } })).stdout).toContain(
      'okänd nyckel "reqired"',
    )
    expect((await cli(['validate', none, '--lang', 'en'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain(
      'unknown key "reqired"',
    )
  })
  it('keeps code and params in --format json, with the message in the chosen language', async () => {
    const out = JSON.parse((await cli(['validate', '--format', 'json', '--lang', 'sv', f])).stdout)
    expect(out.files[0].issues.find((i: { code: string }) => i.code === 'unknown_key')).toMatchObject({
      code: 'unknown_key',
      params: { key: 'reqired', in: 'criteria[0]', hint: 'required' },
      message: 'okänd nyckel "reqired" i criteria[0]; menade du "required"?',
    })
  })
  it("answers a file that does not load in the language the file says it is in, before the environment's; --lang before both", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-lang-'))
    const sv = join(dir, 'sv.yaml')
    writeFileSync(sv, readFileSync(f, 'utf8').replace(/^locale: \w+$/m, 'locale: sv'))
    const en = { env: { LANG: 'en_US.UTF-8' } }
    for (const argv of [
      ['validate', sv],
      ['lint', sv],
      ['screen', '--criteria', sv, '-'],
    ]) {
      const r = await cli(argv, en)
      expect(`${r.stdout}${r.stderr}`).toContain('okänd nyckel "reqired" i criteria[0]')
      expect(`${r.stdout}${r.stderr}`).not.toContain('unknown key')
    }
    expect((await cli(['validate', sv], en)).stdout).toContain('3 problem (3 fel, 0 varningar)')
    expect(
      JSON.parse((await cli(['validate', '--format', 'json', sv], en)).stdout).files[0].issues.map(
        (i: { message: string }) => i.message,
      ),
    ).toContain('okänd nyckel "reqired" i criteria[0]; menade du "required"?')
    expect((await cli(['validate', sv, '--lang', 'en'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain(
      'unknown key "reqired"',
    )
    // A file in English read on a Swedish machine is answered in English.
    const enFile = join(dir, 'en.yaml')
    writeFileSync(enFile, readFileSync(f, 'utf8').replace(/^locale: \w+$/m, 'locale: en'))
    expect((await cli(['validate', enFile], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain(
      'unknown key "reqired"',
    )
  })
  it('refuses a language it does not speak, and help names the option', async () => {
    const r = await cli(['validate', f, '--lang', 'de'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--lang must be sv or en, not "de"')
    expect((await cli(['--help'])).stdout).toContain('--lang sv|en')
  })
})
