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
      if (!s.isDirectory())
        throw new StudioRefusal(
          409,
          'not_writable',
          `${BACKUP_FOLDER} holds something that is not a folder where the backup goes: nothing was written`,
        )
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
  for (const old of versions.slice(0, Math.max(0, versions.length - BACKUP_VERSIONS)))
    await unlink(join(dir, old)).catch(() => {})
  return path
}

// safety: the page lists a file's kept versions and reads one back, to restore it in the editor.

/** One kept version of a file: its name in the backup folder (the id the page sends back), when it was replaced, its size. */
export interface BackupVersion {
  id: string
  at: string
  size: number
}

/**
 * The backup folder of `rel` (a real path inside `folder`), walked folder by folder without
 * following a link; null when there is none (no version kept yet).
 */
async function backupDir(folder: string, rel: string): Promise<string | null> {
  let dir = folder
  for (const part of [BACKUP_FOLDER, ...rel.split('/')]) {
    dir = join(dir, part)
    const s = await lstat(dir).catch(() => null)
    if (!s) return null
    if (!s.isDirectory())
      throw new StudioRefusal(
        409,
        'not_writable',
        `${BACKUP_FOLDER} holds something that is not a folder where the versions are kept`,
      )
  }
  return dir
}

/** The kept versions of `rel`, newest first (regular files with one link, named by their time only). */
export async function listBackups(folder: string, rel: string): Promise<BackupVersion[]> {
  const dir = await backupDir(folder, rel)
  if (!dir) return []
  const out: BackupVersion[] = []
  for (const name of (await readdir(dir))
    .filter((n) => STAMP.test(n))
    .sort()
    .reverse()) {
    const s = await lstat(join(dir, name)).catch(() => null)
    if (!s?.isFile() || s.nlink > 1) continue
    out.push({
      id: name,
      at: `${name.slice(0, 10)}T${name
        .slice(11, 23)
        .replace(/-/g, ':')
        .replace(/:(\d{3})$/, '.$1')}Z`,
      size: s.size,
    })
  }
  return out
}

/** Where the version `id` of `rel` is: only a name of the backup folder's own form (no path, no dot-dot), in that folder. */
export async function backupFile(folder: string, rel: string, id: string): Promise<string> {
  if (!STAMP.test(id)) throw new StudioRefusal(400, 'bad_path', 'that is not the name of a kept version')
  const dir = await backupDir(folder, rel)
  if (!dir) throw new StudioRefusal(404, 'not_found', 'no version of that file is kept')
  return join(dir, id)
}
