// Preloaded with --require into a measured process: at exit, writes the peak resident set size
// (bytes) to the file named by AUTOSCREEN_MAX_RSS_FILE, so the bench reads it without /usr/bin/time.
// Preloads run in worker threads too (`screen --jobs`): there the peak of the worker's own memory
// (its V8 heap and the buffers it holds, sampled every 10 ms; a thread has no RSS of its own) is
// added as a line to <file>.workers when the worker ends.
const { appendFileSync, writeFileSync } = require('node:fs')
const { isMainThread } = require('node:worker_threads')
const file = process.env.AUTOSCREEN_MAX_RSS_FILE
if (file && isMainThread) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)))
if (file && !isMainThread) {
  let peak = 0
  const sample = () => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.heapTotal + m.external)
  }
  setInterval(sample, 10).unref()
  process.on('exit', () => {
    sample()
    appendFileSync(`${file}.workers`, `${peak}\n`)
  })
}
