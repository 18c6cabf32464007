import { lstat, mkdir, readdir, unlink } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { StudioRefusal } from './studio-refusal.js'
import { writeFileAtomic } from './write-file-atomic.js'

// Before the Studio overwrites a criteria or test file it keeps the previous version, in a
// hidden folder of the studio's folder that the studio never serves or lists:
//   .autoscreen-backup/<path of the file>/<UTC time of the save>.<ext>
// at most BACKUP_VERSIONS per file, the oldest removed first.

export const BACKUP_FOLDER = '.autoscreen-backup'
export const BACKUP_VERSIONS = 20

const STAMP = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.[a-z]+$/i

/** Keeps `previous` as the newest backup of `rel` (a path inside `folder`, a real path); returns the backup's path. */
export async function keepBackup(folder: string, rel: string, previous: Uint8Array, now: Date): Promise<string> {
  // Folder by folder, never through a symbolic link: a link planted in the backup folder must
  // not carry the backup out of the studio's folder.
  let dir = folder
  for (const part of [BACKUP_FOLDER, ...rel.split('/')]) {
    dir = join(dir, part)
    try {
      const s = await lstat(dir)
      if (!s.isDirectory()) throw new StudioRefusal(409, 'not_writable', `${BACKUP_FOLDER} holds something that is not a folder where the backup goes: nothing was written`)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      await mkdir(dir).catch((m: NodeJS.ErrnoException) => {
        if (m.code !== 'EEXIST') throw m
      })
    }
  }
  const ext = extname(rel).toLowerCase()
  const taken = new Set(await readdir(dir))
  // Names sort in time; a second save in the same millisecond takes the next one.
  let at = now.getTime()
  const name = (t: number) => `${new Date(t).toISOString().replace(/:/g, '-')}${ext}`
  while (taken.has(name(at))) at++
  const path = join(dir, name(at))
  await writeFileAtomic(path, previous, { regularOnly: true })
  const versions = [...taken, name(at)].filter((n) => STAMP.test(n)).sort()
  for (const old of versions.slice(0, Math.max(0, versions.length - BACKUP_VERSIONS))) await unlink(join(dir, old)).catch(() => {})
  return path
}
