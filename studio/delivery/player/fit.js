/*
 * Fitting a text into its box as studio/render/text.py does: the same fit rules,
 * the same shrink steps, the same sizes, measured with the browser's own layout.
 */

const SHRINK_STEP = 0.92; // each try at a smaller size is this much of the last
export const BUTTON_PADDING = 24.0;
const BUTTON_LINE_HEIGHT = 1.2;
const BUTTON_MAX_LINES = 3;
const BUTTON_SMALLEST_SIZE = 20.0;

/** Python's round(): halves go to the even neighbour, as the studio rounds sizes. */
function roundHalfEven(x) {
  const nearest = Math.round(x);
  return Math.abs(x % 1) === 0.5 && nearest % 2 !== 0 ? nearest - 1 : nearest;
}

function setSize(body, size, lineHeight) {
  body.style.fontSize = `${size}px`;
  body.style.lineHeight = `${size * lineHeight}px`;
}

/** Lay the text out at size; how many lines, and whether it fits (text.py's _set). */
function measure(body, style, size, width, height) {
  setSize(body, size, style.line_height);
  const step = size * style.line_height;
  const lines = Math.round(body.offsetHeight / step);
  // Half a pixel of slack, as in the studio. A word wider than the box makes the
  // body scroll sideways, where the studio would have to break inside the word.
  let fits = body.scrollWidth <= width + 0.5;
  fits = fits && (style.max_lines == null || lines <= style.max_lines);
  if (style.fit !== "max_lines") fits = fits && lines * step <= height + 0.5;
  return { lines, fits };
}

/**
 * Set body's font size by the fit rule: "shrink" lowers the size step by step down
 * to min_size until the text fits; a text that still does not fit keeps the lines
 * that do, the last ending in an ellipsis.
 */
export function fitText(body, style, width, height) {
  body.classList.remove("cut", "anywhere");
  body.style.removeProperty("-webkit-line-clamp");
  let size = Math.max(1, roundHalfEven(style.size));
  const smallest = Math.max(1, roundHalfEven(Math.min(style.min_size, style.size)));
  let result;
  for (;;) {
    result = measure(body, style, size, width, height);
    if (result.fits || style.fit !== "shrink" || size <= smallest) break;
    size = Math.max(smallest, Math.floor(size * SHRINK_STEP));
  }
  if (result.fits) return size;
  body.classList.add("anywhere"); // never spill out sideways
  const { lines } = measure(body, style, size, width, height);
  let room = Math.max(1, Math.floor((height + 0.5) / (size * style.line_height)));
  if (style.fit === "max_lines") room = lines;
  if (style.max_lines != null) room = Math.min(room, style.max_lines);
  const keep = Math.max(1, Math.min(room, lines));
  if (keep < lines) {
    body.classList.add("cut");
    body.style.setProperty("-webkit-line-clamp", String(keep));
  }
  return size;
}

/** A choice's label: centred and shrunk to fit, as the renderer sets it. */
export function labelStyle(layer) {
  const font = fontOf(layer);
  const style = layer.style || {};
  return {
    size: font.size,
    line_height: Number(style.line_height ?? BUTTON_LINE_HEIGHT),
    fit: "shrink",
    max_lines: style.max_lines ?? BUTTON_MAX_LINES,
    min_size: Number(style.min_size ?? Math.min(BUTTON_SMALLEST_SIZE, font.size)),
  };
}

export function fontOf(layer) {
  const style = layer.style || {};
  return {
    family: style.font ?? layer.font ?? "Noto Sans",
    size: Number(style.size ?? layer.font_size ?? 36),
    weight: style.weight ?? layer.weight ?? 700,
  };
}
