import { randomBytes } from 'node:crypto'
import { chmod, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a whole file or nothing: the text goes to a temporary file beside the target, is
 * flushed to disk, and is renamed into place. A reader, a crash, a full disk or a second writer
 * of the same file never sees half of it; two concurrent writers leave one whole version (the
 * last rename wins). The target keeps its permissions, and a symbolic link is written through
 * (the file it names is replaced, the link stays). A target that is not a regular file (a
 * terminal, /dev/stdout, a named pipe) is written in place: it cannot be renamed over; with
 * `regularOnly` it is refused instead (an error with code EFTYPE), since opening a named pipe
 * waits for a reader. Errors are Node's own (ENOSPC, EACCES…), with the temporary file removed.
 *
 * @example
 * ```ts
 * await writeFileAtomic('report.html', html)
 * ```
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { regularOnly?: boolean } = {},
): Promise<void> {
  let target = path
  let mode: number | undefined
  try {
    const s = await stat(path)
    if (!s.isFile() && options.regularOnly)
      throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EFTYPE' })
    if (!s.isFile()) return await writeFile(path, data)
    mode = s.mode & 0o7777
    target = await realpath(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    // a new file: the default mode
  }
  // A hidden name in the same folder: rename is atomic only within one file system.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o666)
  let renamed = false
  try {
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    if (mode !== undefined) await chmod(temp, mode)
    await rename(temp, target)
    renamed = true
  } finally {
    if (!renamed) {
      await handle.close().catch(() => {})
      await unlink(temp).catch(() => {})
    }
  }
}
