// Preloaded with --require into a measured process: at exit, writes the CPU time the process has
// used (user and system, every thread, in ms) to the file named by AUTOSCREEN_CPU_TIME_FILE. On a
// shared machine a process's wall time is mostly the others' load; its CPU time is far steadier.
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  const file = process.env.AUTOSCREEN_CPU_TIME_FILE
  const { user, system } = process.cpuUsage()
  if (file) writeFileSync(file, String((user + system) / 1000))
})
