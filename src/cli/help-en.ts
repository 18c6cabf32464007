import { LOCALES, STAGES } from '../criteria/constants.js'
import type { HelpWording } from './help-wording.js'

const diff = `Usage: autoscreen diff --from <old.yaml> --to <new.yaml> [options] <applications.jsonl>

Screens the applications with both rule sets and shows which outcomes change and why.

Options:
  -f, --format <f>    text (default) or json
  -o, --output <file> write the comparison to a file
  --fail-on-change    exit 1 when any outcome changes (for CI)
  --now <iso>         time of the decisions (default: now)`

const lint = `Usage: autoscreen lint [options] [files or folders...]   (default: rules/)

Checks everything a candidate or a recruiter reads (field names, labels, options, reasons,
notes, the job title) for the grounds of the Discrimination Act and likely proxies for them:
  protected-ground:<ground>    a criterion reads one, or a reason, note or title speaks of one
  protected-question:<ground>  the form asks about one and no criterion reads it
  personal-reason              a reason judges the person (a trait, manner, impression, flaw) instead of the requirement
and finds missing reasons, a job title missing in a language the messages are sent in
(missing-title), rules that are always true or false, duplicate rules, unused fields.
Each finding's first line says what, where and which ground; under it come what to ask
instead and how to acknowledge it, with the lines to add. Findings are worded in the file's
language (its locale); --lang chooses. A reason about the person is an error: a rejected
candidate reads it. A justification on the criterion turns a protected-ground error into a
warning. A reviewed finding is accepted on its field, criterion or job with
  lintAcknowledge: [{ finding: protected-ground:family, reason: "..." }]
--format json lists accepted findings apart, with their reasons.

Options:
  -f, --format <f>        text (default) or json
  -o, --output <file>     write the report to a file
  -q, --quiet             errors only
  --max-warnings <n>      exit 1 when there are more than n warnings
Exit 0 when there are no errors, 1 when there are (or too many warnings), 2 on usage errors.`

const preview = `Usage: autoscreen preview --criteria <file> --application <file.json> [options]

Prints the message exactly as the candidate would receive it, and when it would be sent:
for the program's decision, or for a person's (--decide).

Options:
  --stage <s>        ${STAGES.join(', ')} (default: the one the decision calls for)
  --locale <l>       ${LOCALES.join(', ')} (default: the candidate's, if the file has it)
  --html             print the HTML body instead of plain text
  -f, --format <f>   text (default) or json (with the person's decision, if any)
  -o, --output <file>  write the message to a file
  --now <iso|arrival>  the time of the program's decision (default: arrival, the
                     application's own submittedAt, so an old example shows what was
                     sent when it came in)

A person's decision (the message then names the person's reasons, and only those):
  --decide <d>       pass or reject
  --reason <id>      a criterion of the file the person found unmet (repeatable)
  --reason-text-sv <text>, --reason-text-en <text>
                     a reason in the person's own words, in every language the
                     job's messages go out in
  --interview <iso>  when the interview was held: a rejection is rejected-after-interview
  --by <name>        who decided (default: preview)
  --decided-at <iso> when (default: --now, or the interview when that is later)

Exit codes: 0 the message; 1 the stage does not fit the decision (a rejection for a
pass, an advance for a rejection): one line says why; 2 usage or input error (an
invalid decision, such as a rejection without reasons, names its option).`

const report = `Usage: autoscreen report [options] <results.jsonl or ->

Summarises results written by autoscreen screen (add --messages there for response times).

Options:
  --demographics <file.csv>  group columns joined by application id (never used in screening)
  --survey <file>            survey answers (CSV or JSON Lines: applicationId, score 0-10,
                             optional comment and stage): candidate NPS per stage, outcome,
                             decisive requirement, time to answer and who decided
  --consents <file>          talent-pool consents given (applicationId, optional at),
                             counted per talent-pool message mode
  --min-group-size <n>       warn about groups smaller than this (default 30)
  --max-groups <n>           list the n largest sources, jobs and groups of each
                             column, the rest added up in one row (default 50)
  -f, --format <f>           md (default), json, html
  -o, --output <file>        write to a file instead of stdout
Exit 0 when every result was read, 1 when some lines could not be, 2 on usage errors or a
demographics, survey or consents file with errors (each one as file:line:col).`

const schema = `Usage: autoscreen schema [-o <file>]

Prints the JSON Schema of criteria files, for editor completion:
  autoscreen schema -o criteria.schema.json
  # yaml-language-server: $schema=./criteria.schema.json

Options:
  -o, --output <file>  write the schema to a file (written whole, or not at all)`

const screen = `Usage: autoscreen screen --criteria <file> [options] <applications.json|.jsonl|->

Screens applications and streams one JSON result per line (JSONL) to stdout (redirect it to
keep them: > results.jsonl; screen takes no -o, as a stream is never written whole).
Bad lines are reported on stderr with their line number and do not stop the run.

Options:
  --criteria <file>    criteria file (YAML or JSON)
  -f, --format <f>     jsonl (default), json, table (each result in its candidate's language,
                       as its reasons are; --lang chooses one for all)
  --explain            add a recruiter-facing explanation of each unmet criterion
  --messages           add the rendered candidate message and its planned send time
  --now <iso|arrival>  time of the decision (default: now); arrival screens each application
                       at its own submittedAt, as an ATS screening on arrival would
  --max-line <chars>   longest input line read (default 1000000); a longer one is an error
                       for that line
  --jobs <n>           worker threads screening JSON Lines results (default: the available
                       cores, at most 64); output and errors are the same as with --jobs 1,
                       in input order. An input of up to 8 MB or that comes slowly, one JSON
                       document, --format json or table, and --jobs 1 are screened in one thread
Exit 0 when every application was screened, 1 when some lines could not be, 2 on usage or load
errors or when the results cannot be written. SIGINT or SIGTERM stops it after the result being
written (exit 130 or 143); the message says which line it got to and how to screen the rest.`

const test = `Usage: autoscreen test [options] [test files or folders...]   (default: rules/)

Runs rule-set test files (<name>.test.yaml next to <name>.yaml): each case's application is
screened and checked against the expected outcome, unmet and missing criteria, near miss and
message text.

Given a criteria file (rules/x.yaml), runs its test file (rules/x.test.yaml).

Options:
  --run <pattern>                only cases whose name matches (a regular expression)
  -f, --format <f>               text (default), json, junit
  -o, --output <file>            write the report to a file (with json or junit, the text report
                                 still goes to stdout, for the CI log)
  --coverage                     per criterion: made met, unmet and missing at least once (and,
                                 where they apply, review and skipped)
  --coverage-threshold <percent> fail below this coverage (implies --coverage)
  -q, --quiet                    list failing cases only
  --pass-with-no-tests           exit 0 when there are no test files or no case ran (by default
                                 that fails, as in vitest and jest)
Exit 0 when all pass, 1 when any fails (or none ran), 2 on usage or load errors.`

const validate = `Usage: autoscreen validate [options] <files or folders...>

Checks criteria files: syntax, schema, ids, reasons and every rule.

Options:
  -f, --format <f>     text (default) or json
  -o, --output <file>  write the report to a file
  -q, --quiet          errors only
  --explain            then every criterion read aloud in the file's language ("Krav: …",
                       "Merit (2 poäng): …", "Gäller bara om: …"), so that "or" written for
                       "and" or a reversed comparison shows before any test is written; in
                       json, "descriptions": [{ "id", "text" }] per file
Exit 0 when all are valid, 1 when any has errors, 2 on usage errors (a path that is not there).`

const studio = `Usage: autoscreen studio [folder] [options]   (default folder: rules/)

Opens the Criteria Studio: the criteria files of the folder in an editor with errors and lint
findings at their line, the application form as the candidate sees it with the decision as
you fill it in, the candidate's message in both languages with its send time, the test cases
with coverage, and a guided way to add a criterion. It runs on 127.0.0.1 only; the printed
address opens once (press Enter for a new one). Only criteria, test and template files in
the folder are read, only criteria and test files written (the previous version kept in
.autoscreen-backup/).

Options:
  --port <n>   listen on this port (default: a free one)
  --no-open    do not open a browser
Press Enter for a new one-time address; stop it with Ctrl+C.`

/**
 * The help in English.
 *
 * @example
 * ```ts
 * HELP_EN.command.screen.split('\n')[0] // 'Usage: autoscreen screen --criteria <file> [options] <applications.json|.jsonl|->'
 * ```
 */
export const HELP_EN: HelpWording = {
  general: (version, commands) => `autoscreen ${version}: rule-based screening of job applications

Usage: autoscreen <command> [options]

Commands:
${commands}

Run autoscreen help <command> (or autoscreen <command> --help) for a command's options. Every
command takes --color / --no-color (default: colour on a terminal, off with NO_COLOR) and
--lang sv|en, the language of the help, of problems, findings and notices. Without --lang, a
command about a criteria file speaks the file's language (its locale); otherwise, and for the
help, the first of LC_ALL, LC_MESSAGES and LANG that is set decides: one starting with sv
(sv_SE.UTF-8) gives Swedish, anything else English. -f is --format and -o --output (a file, or - for standard
output) where a command has them: every command that writes a report or a result takes -o but
screen, which streams its results to standard output (redirect it: > results.jsonl), and
studio, which writes none.
Exit codes: 0 clean, 1 findings or failed expectations, 2 usage, output or internal error.`,
  summary: {
    validate: 'check criteria files',
    screen: 'screen applications (JSONL out)',
    test: 'run rule-set test cases, with coverage',
    lint: 'find unfair, constant or unclear criteria',
    report: 'summarise results: funnel, criteria, response times, adverse impact',
    diff: 'compare outcomes under two rule sets',
    preview: 'show the candidate message and its send time',
    schema: 'print the JSON Schema of criteria files',
    studio: 'write, try and test criteria in the browser (Criteria Studio)',
  },
  command: { validate, screen, test, lint, report, diff, preview, schema, studio },
  oneCommand: (given) => `name one command, not ${given}`,
  unknownCommand: (name, commands) =>
    `unknown command "${name}"${commands ? `; the commands are ${commands.join(', ')}` : ''}`,
}
