/*
 * Keyframed values, sampled as studio/model/keyframes.py samples them, step for
 * step, so that a live layer moves exactly as the studio drew it. The shared
 * samples in tests/conformance/keyframes.json hold both to it.
 */

// The control points CSS gives its named timing functions.
const NAMED_CURVES = {
  "ease-in": [0.42, 0.0, 1.0, 1.0],
  "ease-out": [0.0, 0.0, 0.58, 1.0],
  "ease-in-out": [0.42, 0.0, 0.58, 1.0],
};

function bezierAt(a, b, s) {
  return 3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3;
}

function bezierSlope(a, b, s) {
  return 3 * a * (1 - s) ** 2 + 6 * (b - a) * s * (1 - s) + 3 * (1 - b) * s * s;
}

/**
 * The y of a CSS cubic-Bézier timing curve at time x: Newton's method first,
 * bisection where the slope is too flat for Newton to be trusted.
 */
export function cubicBezier(points, x) {
  const [x1, y1, x2, y2] = points;
  let s = x;
  for (let i = 0; i < 8; i += 1) {
    const error = bezierAt(x1, x2, s) - x;
    if (Math.abs(error) < 1e-7) return bezierAt(y1, y2, s);
    const d = bezierSlope(x1, x2, s);
    if (Math.abs(d) < 1e-6) break;
    s -= error / d;
  }
  let low = 0.0;
  let high = 1.0;
  s = x;
  for (let i = 0; i < 60; i += 1) {
    const value = bezierAt(x1, x2, s);
    if (Math.abs(value - x) < 1e-7) break;
    if (value < x) low = s;
    else high = s;
    s = (low + high) / 2;
  }
  return bezierAt(y1, y2, s);
}

/** Eased progress for linear progress t in [0, 1]; easing as the package writes it. */
export function easingProgress(easing, t) {
  if (t <= 0) return 0.0;
  if (t >= 1) return 1.0;
  if (easing === "hold") return 0.0;
  const curve =
    easing !== null && typeof easing === "object" ? easing.bezier : NAMED_CURVES[easing];
  return curve ? cubicBezier(curve, t) : t;
}

function interpolate(a, b, t) {
  if (Array.isArray(a)) return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  return a + (b - a) * t;
}

function keyframesOf(animated) {
  if (animated !== null && typeof animated === "object" && !Array.isArray(animated)) {
    return animated.keyframes || [];
  }
  return [];
}

/**
 * The value of an animated property at frame (fractions allowed): a plain number
 * or [x, y], or {"value", "keyframes": [{"frame", "value", "easing"}]} sorted by
 * frame, between two keyframes following the earlier one's easing.
 */
export function sampleAnimated(animated, frame) {
  const keys = keyframesOf(animated);
  if (keys.length === 0) {
    return Array.isArray(animated) || typeof animated === "number" ? animated : animated.value;
  }
  if (frame <= keys[0].frame) return keys[0].value;
  if (frame >= keys[keys.length - 1].frame) return keys[keys.length - 1].value;
  let low = 0;
  let high = keys.length - 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (keys[middle].frame <= frame) low = middle;
    else high = middle;
  }
  const start = keys[low];
  const end = keys[low + 1];
  const t = (frame - start.frame) / (end.frame - start.frame);
  return interpolate(start.value, end.value, easingProgress(start.easing || "linear", t));
}

/** Where an animated property comes to rest: its last keyframe, or its value. */
export function restingValue(animated) {
  const keys = keyframesOf(animated);
  return keys.length ? keys[keys.length - 1].value : sampleAnimated(animated, 0);
}
