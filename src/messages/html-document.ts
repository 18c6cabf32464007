// A candidate message as a small, complete HTML document: what mail clients render well. The
// body comes escaped from the template; only its own structure becomes markup: paragraphs
// (blank lines), line breaks, "• " lines as a list, and https: and mailto: links.

const STYLE = [
  'body{margin:0;padding:24px 16px;background:#ffffff;color:#1f2328;font:16px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;-webkit-text-size-adjust:100%}',
  'main{max-width:600px;margin:0 auto}',
  'p{margin:0 0 1em}',
  'ul{margin:0 0 1em;padding-left:1.25em}',
  'li{margin:0 0 .25em}',
  'a{color:#0b57d0;word-break:break-word}',
  '@media (prefers-color-scheme: dark){body{background:#16181d;color:#e8eaed}a{color:#8ab4f8}}',
].join('\n')

// Addresses in already-escaped text: https: URLs up to a space or "<" (trailing punctuation is
// the sentence's), and email addresses. Nothing else becomes a link.
const LINK = /\bhttps:\/\/[^\s<]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

function links(escaped: string): string {
  return escaped.replace(LINK, (match) => {
    const [, url, tail] = /^(.*?)([.,;:!?)]*)$/.exec(match)!
    if (!url) return match
    const href = url.startsWith('https://') ? url : `mailto:${url}`
    return `<a href="${href}">${url}</a>${tail}`
  })
}

function paragraph(block: string): string {
  const out: string[] = []
  let lines: string[] = []
  let items: string[] = []
  const flushLines = () => {
    if (lines.length) out.push(`<p>${lines.join('<br>\n')}</p>`)
    lines = []
  }
  const flushItems = () => {
    if (items.length) out.push(`<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`)
    items = []
  }
  for (const line of block.split('\n')) {
    if (line.startsWith('• ')) {
      flushLines()
      items.push(links(line.slice(2)))
    } else {
      flushItems()
      lines.push(links(line))
    }
  }
  flushLines()
  flushItems()
  return out.join('\n')
}

/** The complete document for an escaped message body, in its language. */
export function htmlDocument(subject: string, locale: string, escapedBody: string): string {
  const title = subject.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!)
  const body = escapedBody.split(/\n{2,}/).map(paragraph).join('\n')
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${title}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}
