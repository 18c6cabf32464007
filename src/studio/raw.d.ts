// Vite's `?raw` imports: a file's text, bundled into the page (the example criteria files).
declare module '*?raw' {
  const text: string
  export default text
}
