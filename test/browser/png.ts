import { inflateSync } from 'node:zlib'

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into pixels (enough for Chromium's screenshots). */
export function decodePng(buf: Buffer): {
  width: number
  height: number
  pixel: (x: number, y: number) => [number, number, number]
} {
  const width = buf.readUInt32BE(16)
  const height = buf.readUInt32BE(20)
  const depth = buf[24]!
  const type = buf[25]!
  if (depth !== 8 || (type !== 2 && type !== 6)) throw new Error(`unsupported PNG (depth ${depth}, type ${type})`)
  const bpp = type === 6 ? 4 : 3
  const idat: Buffer[] = []
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o)
    const kind = buf.toString('ascii', o + 4, o + 8)
    if (kind === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len))
    o += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * bpp
  const out = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0
      const p = a + b - c
      const pred =
        f === 0
          ? 0
          : f === 1
            ? a
            : f === 2
              ? b
              : f === 3
                ? (a + b) >> 1
                : Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                  ? a
                  : Math.abs(p - b) <= Math.abs(p - c)
                    ? b
                    : c
      out[y * stride + x] = (v + pred) & 0xff
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => [out[y * stride + x * bpp]!, out[y * stride + x * bpp + 1]!, out[y * stride + x * bpp + 2]!],
  }
}
