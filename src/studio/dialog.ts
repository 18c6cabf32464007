import { h } from './dom.js'

// A modal question (the native <dialog>: focus stays inside, Escape cancels), for what must
// never happen without the recruiter saying so: an empty file saved, a change on disk overwritten.

export interface Choice<T extends string> {
  value: T
  label: string
  /** The choice that loses nothing, focused first. */
  safe?: boolean
}

/** Asks a question; resolves to the value chosen, or null when the dialog is cancelled (Escape or Cancel). */
export function ask<T extends string>(o: {
  id: string
  title: string
  body: (Node | string)[]
  choices: Choice<T>[]
  cancel: string
}): Promise<T | null> {
  return new Promise((done) => {
    const titleId = `${o.id}-title`
    let answer: T | null = null
    const dialog = h('dialog', { id: o.id, class: 'ask', 'aria-labelledby': titleId })
    const buttons = o.choices.map((c) =>
      h(
        'button',
        {
          type: 'button',
          'data-choice': c.value,
          class: c.safe ? 'safe' : 'risky',
          onclick: () => ((answer = c.value), dialog.close()),
        },
        c.label,
      ),
    )
    const cancel = h('button', { type: 'button', 'data-choice': 'cancel', onclick: () => dialog.close() }, o.cancel)
    dialog.append(
      h('h2', { id: titleId }, o.title),
      h('div', { class: 'ask-body' }, ...o.body),
      h('div', { class: 'ask-buttons' }, ...buttons, cancel),
    )
    dialog.addEventListener('close', () => {
      dialog.remove()
      done(answer)
    })
    document.body.append(dialog)
    dialog.showModal()
    const safe = buttons[o.choices.findIndex((c) => c.safe)] ?? cancel
    safe.focus()
  })
}
