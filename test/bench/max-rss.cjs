// Preloaded with --require into a measured process: at exit, writes the peak resident set size
// (bytes) to the file named by AUTOSCREEN_MAX_RSS_FILE, so the bench reads it without /usr/bin/time.
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  const file = process.env.AUTOSCREEN_MAX_RSS_FILE
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024))
})
