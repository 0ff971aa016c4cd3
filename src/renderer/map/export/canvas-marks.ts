import { cssFont, sliceArcs, strokeCap, type Mark } from './export-layout'

/**
 * Paints page marks on a canvas, with the same geometry and styling rules the SVG export writes.
 *
 * Kept apart from the PNG composition so the one place that knows canvas 2D drawing is easy to compare
 * with its SVG counterpart.
 */
export function paintMarks(ctx: CanvasRenderingContext2D, marks: readonly Mark[]): void {
  for (const m of marks) {
    ctx.save()
    paintMark(ctx, m)
    ctx.restore()
  }
}

function paintMark(ctx: CanvasRenderingContext2D, m: Mark): void {
  switch (m.type) {
    case 'rect':
      ctx.fillStyle = m.fill
      ctx.fillRect(m.x, m.y, m.w, m.h)
      return
    case 'line':
      ctx.beginPath()
      ctx.moveTo(m.x1, m.y1)
      ctx.lineTo(m.x2, m.y2)
      stroke(ctx, m.color, m.width, m.dash)
      return
    case 'circle':
      ctx.beginPath()
      ctx.arc(m.cx, m.cy, m.r, 0, 2 * Math.PI)
      if (m.fill !== null) {
        ctx.globalAlpha = m.fillOpacity
        ctx.fillStyle = m.fill
        ctx.fill()
        ctx.globalAlpha = 1
      }
      if (m.stroke !== null) stroke(ctx, m.stroke, m.strokeWidth, m.dash)
      return
    case 'pie':
      for (const { color, start, end } of sliceArcs(m.slices)) {
        ctx.beginPath()
        ctx.moveTo(m.cx, m.cy)
        ctx.arc(m.cx, m.cy, m.r, start, end)
        ctx.closePath()
        ctx.fillStyle = color
        ctx.fill()
      }
      return
    case 'text':
      ctx.font = cssFont(m.size, m.weight)
      ctx.fillStyle = m.color
      ctx.textAlign = m.anchor === 'end' ? 'right' : 'left'
      ctx.textBaseline = 'alphabetic'
      ctx.fillText(m.text, m.x, m.y)
      return
  }
}

function stroke(ctx: CanvasRenderingContext2D, color: string, width: number, dash: readonly number[]): void {
  ctx.strokeStyle = color
  ctx.lineWidth = width
  ctx.lineCap = strokeCap(dash)
  ctx.setLineDash([...dash])
  ctx.stroke()
}
