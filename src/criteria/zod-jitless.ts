import * as z from 'zod'

// zod tries code generation (a caught `new Function`, which a browser under a strict
// Content-Security-Policy reports) when it builds an object schema, unless its `jitless` is set.
// The library's schemas are built with it set, and zod's setting is put back at once, so a
// program's own zod settings stay its own (code-generation.ts says why the try matters). zod's
// compiled parsers would gain nothing here: a criteria file is parsed once, and an
// application's envelope goes to the schema only when the plain check finds something wrong
// with it (application.ts).

/**
 * Sets zod's `jitless` while a module builds its schemas, so that building them never tries
 * code generation (zod tries when it builds an object schema); returns the function that puts
 * zod's setting back, called at the end of that module.
 */
export function buildSchemasJitless(): () => void {
  const before = z.config().jitless
  z.config({ jitless: true })
  return () => {
    z.config({ jitless: before })
  }
}
