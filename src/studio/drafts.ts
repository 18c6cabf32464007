// Unsaved text is kept in the browser, per folder and file, until it is saved: a reload or a
// closed tab never loses a recruiter's work.

const key = (folder: string, path: string) => `autoscreen-studio:${folder}:${path}`

export function draftOf(folder: string, path: string): string | null {
  try {
    return localStorage.getItem(key(folder, path))
  } catch {
    return null
  }
}

export function keepDraft(folder: string, path: string, text: string): void {
  try {
    localStorage.setItem(key(folder, path), text)
  } catch {
    // storage full or off: the editor still holds the text
  }
}

export function dropDraft(folder: string, path: string): void {
  try {
    localStorage.removeItem(key(folder, path))
  } catch {
    // nothing kept
  }
}

// safety: the recruiter's text set aside when they chose to load the file from disk instead
// (it changed there meanwhile); the earlier-versions dialog offers it back.
const asideKey = (folder: string, path: string) => `autoscreen-studio:aside:${folder}:${path}`

export function setAside(folder: string, path: string, text: string): void {
  try {
    localStorage.setItem(asideKey(folder, path), text)
  } catch {
    // storage full or off
  }
}

export function setAsideOf(folder: string, path: string): string | null {
  try {
    return localStorage.getItem(asideKey(folder, path))
  } catch {
    return null
  }
}
