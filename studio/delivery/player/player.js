/*
 * The Helder web player: one view of a personalised video, in the browser.
 *
 * The page gets a view payload (docs/package-format.md, "The view payload") from
 * /v/<token>/data. It plays each scene's base video in one <video> element and
 * draws the live layers (finished texts, buttons, the plan picker) as real page
 * elements on a stage over it, placed every animation frame from the video clock
 * with the same keyframe sampling as studio/model/keyframes.py. The server has
 * formatted and filled every text: the player does no formatting and no arithmetic
 * on amounts, and puts text on the page with textContent only.
 *
 * Crossfade transitions between scenes are played as cuts: with a single video
 * element the outgoing scene cannot stay on screen under the incoming one.
 */

// --- keyframes: the sampling of studio/model/keyframes.py, step for step -------

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

// --- the player's own words, in the view's language -----------------------------

const WORDS = {
  en: {
    title: "Your video",
    play: "Play the video",
    pause: "Pause",
    resume: "Play",
    captions: "Captions (CC)",
    unavailable: "This video is not available (any more).",
    failed: "That did not work. Please try again.",
    media: "The video cannot play here. The choices still work.",
    payment_failed: "The payment did not go through. You can try again.",
  },
  nl: {
    title: "Uw video",
    play: "Video afspelen",
    pause: "Pauzeren",
    resume: "Afspelen",
    captions: "Ondertiteling (CC)",
    unavailable: "Deze video is niet (meer) beschikbaar.",
    failed: "Dat lukte niet. Probeer het nog eens.",
    media: "De video kan hier niet spelen. De keuzes werken wel.",
    payment_failed: "Het betalen is niet gelukt. U kunt het nog eens proberen.",
  },
  de: {
    title: "Ihr Video",
    play: "Video abspielen",
    pause: "Pause",
    resume: "Abspielen",
    captions: "Untertitel (CC)",
    unavailable: "Dieses Video ist nicht (mehr) verfügbar.",
    failed: "Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.",
    media: "Das Video kann hier nicht abgespielt werden. Die Auswahl funktioniert trotzdem.",
    payment_failed: "Die Zahlung hat nicht geklappt. Sie können es noch einmal versuchen.",
  },
  fr: {
    title: "Votre vidéo",
    play: "Lire la vidéo",
    pause: "Pause",
    resume: "Lecture",
    captions: "Sous-titres (CC)",
    unavailable: "Cette vidéo n’est pas (ou plus) disponible.",
    failed: "Cela n’a pas marché. Veuillez réessayer.",
    media: "La vidéo ne peut pas être lue ici. Les choix fonctionnent toujours.",
    payment_failed: "Le paiement n’a pas abouti. Vous pouvez réessayer.",
  },
  tr: {
    title: "Videonuz",
    play: "Videoyu oynat",
    pause: "Duraklat",
    resume: "Oynat",
    captions: "Altyazılar (CC)",
    unavailable: "Bu video (artık) mevcut değil.",
    failed: "Bu olmadı. Lütfen tekrar deneyin.",
    media: "Video burada oynatılamıyor. Seçenekler yine de çalışır.",
    payment_failed: "Ödeme gerçekleşmedi. Tekrar deneyebilirsiniz.",
  },
  pl: {
    title: "Twoje wideo",
    play: "Odtwórz wideo",
    pause: "Pauza",
    resume: "Odtwórz",
    captions: "Napisy (CC)",
    unavailable: "To wideo nie jest (już) dostępne.",
    failed: "Nie udało się. Spróbuj ponownie.",
    media: "Nie można tu odtworzyć wideo. Wybór nadal działa.",
    payment_failed: "Płatność się nie powiodła. Możesz spróbować ponownie.",
  },
  ar: {
    title: "الفيديو الخاص بك",
    play: "تشغيل الفيديو",
    pause: "إيقاف مؤقت",
    resume: "تشغيل",
    captions: "الترجمة (CC)",
    unavailable: "هذا الفيديو غير متاح (بعد الآن).",
    failed: "لم ينجح ذلك. يرجى المحاولة مرة أخرى.",
    media: "لا يمكن تشغيل الفيديو هنا. الخيارات لا تزال تعمل.",
    payment_failed: "لم تتم عملية الدفع. يمكنك المحاولة مرة أخرى.",
  },
};

function wordsFor(language) {
  const base = String(language || "").toLowerCase().split("-")[0];
  return WORDS[base] || WORDS.en;
}

// --- fitting text into its box, as studio/render/text.py does ----------------------

const SHRINK_STEP = 0.92; // each try at a smaller size is this much of the last
const BUTTON_PADDING = 24.0;
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
function fitText(body, style, width, height) {
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
function labelStyle(layer) {
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

function fontOf(layer) {
  const style = layer.style || {};
  return {
    family: style.font ?? layer.font ?? "Noto Sans",
    size: Number(style.size ?? layer.font_size ?? 36),
    weight: style.weight ?? layer.weight ?? 700,
  };
}

// --- building the live layers -------------------------------------------------------

const DEFAULT_TRANSFORM = {
  position: [0, 0],
  size: [100, 100],
  anchor: [0, 0],
  rotation: 0,
  scale: [1, 1],
  opacity: 1,
};

function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function familyList(family, families) {
  // The layer's family first, then the package's others glyph by glyph, as the
  // studio's renderer falls back on its bundled families.
  const names = [family, ...families.filter((name) => name !== family)];
  return [...names.map((name) => JSON.stringify(name)), "sans-serif"].join(", ");
}

/** A live layer on the stage: its element, the part whose text is fitted, and how. */
class LiveLayer {
  constructor(layer, node, fitted) {
    this.layer = layer;
    this.node = node;
    this.fitted = fitted; // [{body, style, box}]: each text to fit, in its box
    this.fitKey = "";
    this.transform = "";
  }

  get focusables() {
    return this.node.matches("button") ? [this.node] : [...this.node.querySelectorAll("button")];
  }
}

function buildText(layer, families) {
  const style = layer.style || {};
  const node = element("div", "layer text");
  const body = element("div", "text-body");
  body.textContent = layer.text ?? "";
  body.style.fontFamily = familyList(style.font || "Noto Sans", families);
  body.style.fontWeight = String(style.weight ?? 400);
  body.style.color = style.color || "#1A1A1A";
  body.style.textAlign = style.align || "start";
  node.classList.add(`v-${style.vertical_align || "top"}`);
  node.append(body);
  const fitStyle = {
    size: Number(style.size ?? 48),
    line_height: Number(style.line_height ?? 1.25),
    fit: style.fit || "shrink",
    max_lines: style.max_lines ?? null,
    min_size: Number(style.min_size ?? 16),
  };
  return new LiveLayer(layer, node, [{ body, style: fitStyle, box: null }]);
}

function paintChoice(button, layer, look, families) {
  const font = fontOf(layer);
  const fill = layer.fill || "#0B5FFF";
  const radius = Number(layer.corner_radius ?? 16);
  button.type = "button";
  button.classList.add(look);
  button.style.fontFamily = familyList(font.family, families);
  button.style.fontWeight = String(font.weight);
  button.style.setProperty("--radius", `${radius}px`);
  button.style.setProperty("--padding", `${Number(layer.padding ?? BUTTON_PADDING)}px`);
  if (look === "primary") {
    button.style.backgroundColor = fill;
    button.style.color = layer.text_color || "#FFFFFF";
  } else if (look === "secondary") {
    button.style.borderColor = fill;
    button.style.borderWidth = `${Math.max(2, font.size / 12)}px`;
    button.style.color = fill;
  } else {
    button.style.color = layer.text_color || fill;
    button.style.textDecorationThickness = `${Math.max(1.5, font.size / 16)}px`;
  }
  const label = element("span", "label");
  button.append(label);
  return label;
}

function buildButton(layer, families, press) {
  const node = element("button", "layer choice");
  const label = paintChoice(node, layer, layer.button_style || "primary", families);
  label.textContent = layer.label ?? "";
  node.addEventListener("click", () => press(layer, stepOf(layer)));
  return new LiveLayer(layer, node, [{ body: label, style: labelStyle(layer), box: null }]);
}

function buildPicker(layer, families, press, groupName) {
  const node = element("div", "layer picker");
  node.setAttribute("role", "group");
  node.setAttribute("aria-label", groupName);
  const fitted = [];
  for (const option of layer.options || []) {
    const button = element("button", "option");
    const label = paintChoice(button, layer, "primary", families);
    label.textContent = option.label ?? "";
    button.addEventListener("click", () => press(layer, option.step));
    node.append(button);
    fitted.push({ body: label, style: labelStyle(layer), box: button });
  }
  return new LiveLayer(layer, node, fitted);
}

/** Where each of count options sits in a picker of w x h (PlanPickerLayer.option_boxes). */
function optionBoxes(layer, count, width, height) {
  if (count <= 0) return [];
  const gap = count > 1 ? Number(layer.gap ?? 16) : 0;
  const maxRow = Number(layer.max_row ?? fontOf(layer).size * 2.8);
  const row = Math.max(1, Math.min((height - gap * (count - 1)) / count, maxRow));
  return Array.from({ length: count }, (_, index) => [0, index * (row + gap), width, row]);
}

// The short names a press's step takes, as studio/model/story.py gives them.
const ACTION_STEPS = { pay: "pay", open_chat: "chat", call: "call", open_link: "link" };

/** The step a button's press reports: the payload's own, else the studio's rule. */
function stepOf(layer) {
  if (layer.step) return layer.step;
  const action = layer.action || {};
  const short =
    action.kind === "choose_plan" && action.terms != null
      ? `plan:${action.terms}`
      : ACTION_STEPS[action.kind];
  if (!short) return layer.id;
  const same = (layer.siblings || []).filter(
    (other) =>
      other.kind === "button" &&
      other.action?.kind === action.kind &&
      (other.action?.terms ?? null) === (action.terms ?? null),
  );
  return same.length <= 1 ? short : layer.id;
}

/** The scene's choices in keyboard order: numbered ones first, then layer order. */
function keyboardOrder(live) {
  const choices = live.filter((layer) => layer.kind === "button" || layer.kind === "plan_picker");
  const numbered = choices
    .filter((layer) => layer.tab_index != null)
    .sort((a, b) => a.tab_index - b.tab_index);
  return [...numbered, ...choices.filter((layer) => layer.tab_index == null)];
}

// --- addresses a press may open ---------------------------------------------------

/** The address to open, or null: https and tel only, or a path of this server. */
export function openableAddress(address, base) {
  let url;
  try {
    url = new URL(String(address), base);
  } catch {
    return null;
  }
  const sameSite = url.origin === new URL(base).origin && url.origin !== "null";
  if (url.protocol === "https:" || url.protocol === "tel:" || sameSite) return url.href;
  return null;
}

// --- the player ---------------------------------------------------------------------

const EPSILON = 1e-6;
const MAX_SCENES = 200; // a chain of scenes longer than this goes round in circles

class Player {
  constructor(root, payload) {
    this.root = root;
    this.payload = payload;
    this.words = wordsFor(payload.language);
    this.fps = Number(payload.canvas.fps);
    this.scenes = new Map(payload.scenes.map((scene) => [scene.id, scene]));
    this.families = [...new Set((payload.fonts || []).map((font) => font.family))];
    this.video = root.querySelector("#video");
    this.stage = root.querySelector("#stage");
    this.frameBox = root.querySelector("#frame");
    this.startButton = root.querySelector("#start");
    this.playToggle = root.querySelector("#toggle-play");
    this.captionsToggle = root.querySelector("#toggle-captions");
    this.captionBox = root.querySelector("#captions");
    this.status = root.querySelector("#status");
    this.music = null;
    this.scene = null;
    this.live = [];
    this.holding = false; // at a pausing choice: the video holds, the choices are live
    this.finished = false; // the scene reached its end or its hold
    this.ended = false; // the story ended
    this.started = false;
    this.userPaused = false;
    this.busy = false;
    this.captionsOn = true;
    this.watchedBefore = 0; // frames of the scenes watched before this one
    this.quarters = new Set();
    this.completedSent = false;
    this.reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
    this.pendingFocus = false;
    this.keyboardUser = false; // the last input was a key, not a pointer
  }

  // -- setting up --

  async open() {
    const { payload } = this;
    document.documentElement.lang = payload.language;
    document.title = this.words.title;
    for (const node of [document.documentElement, this.stage, this.root.querySelector("#bar")]) {
      node.dir = payload.direction === "rtl" ? "rtl" : "ltr";
    }
    this.root.style.setProperty("--ratio", String(payload.canvas.width / payload.canvas.height));
    const accent = firstButtonFill(payload);
    if (accent) this.root.style.setProperty("--accent", accent);
    this.stage.style.width = `${payload.canvas.width}px`;
    this.stage.style.height = `${payload.canvas.height}px`;
    new ResizeObserver(() => this.scaleStage()).observe(this.frameBox);
    this.scaleStage();
    this.setUpControls();
    this.setUpRoutes();
    this.setUpMusic();
    this.watchVideo();
    this.sendEvent("opened");
    await this.loadFonts();
    const entry = this.firstScene();
    if (entry) this.showScene(entry, false);
    this.root.setAttribute("aria-busy", "false");
    this.startButton.hidden = false;
    this.startButton.focus({ preventScroll: true });
    this.reducedMotion.addEventListener("change", () => this.invalidateLayers());
    document.addEventListener("keydown", () => (this.keyboardUser = true), true);
    document.addEventListener("pointerdown", () => (this.keyboardUser = false), true);
    requestAnimationFrame(() => this.tick());
  }

  scaleStage() {
    const scale = this.frameBox.clientWidth / this.payload.canvas.width;
    if (!(scale > 0)) return;
    this.stage.style.transform = `scale(${scale})`;
    // The focus ring keeps its width on screen whatever the stage's scale.
    this.stage.style.setProperty("--unscale", String(1 / scale));
  }

  async loadFonts() {
    const loads = (this.payload.fonts || []).map((font) => {
      const face = new FontFace(font.family, `url(${JSON.stringify(font.src)})`, {
        weight: String(font.weight ?? 400),
        display: "block",
      });
      document.fonts.add(face);
      return face.load().catch(() => null); // a font that fails falls back
    });
    const deadline = new Promise((resolve) => setTimeout(resolve, 4000));
    await Promise.race([Promise.all(loads), deadline]);
    document.fonts.addEventListener("loadingdone", () => this.invalidateLayers());
  }

  setUpControls() {
    const { words } = this;
    this.root.querySelector("#start-label").textContent = words.play;
    this.startButton.addEventListener("click", () => this.play());
    this.playToggle.addEventListener("click", () => {
      if (!this.started || this.userPaused) this.play();
      else this.pause();
    });
    this.captionsToggle.setAttribute("aria-label", words.captions);
    this.captionsToggle.hidden = false;
    this.captionsToggle.addEventListener("click", () => {
      this.captionsOn = !this.captionsOn;
      this.captionsToggle.setAttribute("aria-pressed", String(this.captionsOn));
      this.applyCaptions();
    });
    this.playToggle.hidden = false;
    this.updatePlayToggle();
  }

  /** The pay, plan and help routes, kept reachable below the video at all times. */
  setUpRoutes() {
    const always = this.payload.always || {};
    for (const [name, scene] of Object.entries(this.routeScenes())) {
      const button = this.root.querySelector(`#route-${name}`);
      if (!always[name] || !scene) continue; // not offered in this view
      button.textContent = always[name];
      button.hidden = false;
      button.addEventListener("click", () => this.route(name, scene));
    }
  }

  /** The scenes the routes lead to, found by what their choices do. */
  routeScenes() {
    return {
      pay: this.sceneHolding((layer) => layer.kind === "button" && layer.action?.kind === "pay"),
      plan: this.sceneHolding(
        (layer) => layer.kind === "plan_picker" && (layer.options || []).length > 0,
      ),
      help: this.sceneHolding(isHelpChoice),
    };
  }

  setUpMusic() {
    const { music } = this.payload;
    if (!music || !music.src) return;
    this.music = element("audio", "music");
    this.music.loop = true;
    this.music.preload = "auto";
    this.music.src = music.src;
    this.music.volume = Math.max(0, Math.min(1, Number(music.volume ?? 0.25)));
    this.root.append(this.music);
  }

  watchVideo() {
    const { video } = this;
    video.addEventListener("ended", () => this.reachStop());
    video.addEventListener("error", () => this.say(this.words.media));
    video.addEventListener("loadedmetadata", () => this.applyCaptions());
  }

  // -- the story --

  /** The scene id, or the first scene after it that is shown for this dossier. */
  following(id) {
    let scene = id ? this.scenes.get(id) : undefined;
    for (let count = 0; scene && !scene.shown && count < MAX_SCENES; count += 1) {
      scene = scene.next_scene ? this.scenes.get(scene.next_scene) : undefined;
    }
    return scene && scene.shown ? scene : null;
  }

  /**
   * Where the story starts: the entry, or after a payment (the provider sends the
   * viewer back with ?payment=paid or failed) the pay button's next scene, or the
   * pay scene again to try once more.
   */
  firstScene() {
    const outcome = new URLSearchParams(location.search).get("payment");
    const entry = this.following(this.payload.entry);
    if (outcome !== "paid" && outcome !== "failed") return entry;
    history.replaceState(null, "", location.pathname); // a reload starts afresh
    const scene = this.routeScenes().pay;
    const button = scene?.live.find((layer) => layer.action?.kind === "pay");
    if (outcome === "failed") {
      this.say(this.words.payment_failed);
      return scene || entry;
    }
    return this.following(button?.action?.then) || entry;
  }

  /** The first shown scene with a shown choice that matches, found from the payload. */
  sceneHolding(matches) {
    for (const scene of this.payload.scenes) {
      if (scene.shown && scene.live.some((layer) => layer.shown !== false && matches(layer))) {
        return scene;
      }
    }
    return null;
  }

  /** The scene's shown choices that pause it: it holds for the viewer there. */
  pausingChoices(scene) {
    return scene.live.filter(
      (layer) =>
        layer.shown !== false &&
        layer.pause &&
        (layer.kind === "button" || (layer.kind === "plan_picker" && (layer.options || []).length)),
    );
  }

  holds(scene) {
    return this.pausingChoices(scene).length > 0;
  }

  /** The frame the scene stops at: a pausing choice's out point, or its end. */
  stopFrame(scene) {
    const outs = this.pausingChoices(scene).map((layer) => layer.end ?? scene.duration);
    return Math.max(1, Math.min(scene.duration, ...outs));
  }

  showScene(scene, play) {
    if (this.scene) this.watchedBefore += this.watchedInScene();
    this.scene = scene;
    this.holding = false;
    this.finished = false;
    this.ended = false;
    this.buildLayers(scene);
    this.setCaptions(scene);
    const { video } = this;
    video.poster = scene.poster || "";
    if (scene.video) video.src = scene.video;
    else {
      video.removeAttribute("src"); // the choices still work without the video
      this.say(this.words.media);
    }
    video.load();
    if (play && scene.video) this.playVideo();
  }

  buildLayers(scene) {
    const siblings = scene.live;
    const press = (layer, step) => this.press(layer, step);
    const texts = scene.live.filter((layer) => layer.kind === "text");
    // Elements in keyboard order, so that Tab follows it; z stacks them as designed.
    const ordered = [...texts, ...keyboardOrder(scene.live)];
    this.live = ordered.map((layer) => {
      const withSiblings = { ...layer, siblings };
      if (layer.kind === "text") return buildText(layer, this.families);
      if (layer.kind === "plan_picker") {
        return buildPicker(layer, this.families, press, this.payload.always?.plan || "");
      }
      return buildButton(withSiblings, this.families, press);
    });
    const focusWasHere = this.stage.contains(document.activeElement);
    this.stage.replaceChildren(...this.live.map((item) => item.node));
    for (const item of this.live) {
      item.node.style.zIndex = String(item.layer.z ?? 0);
      item.node.hidden = true;
    }
    if (focusWasHere) this.stage.focus({ preventScroll: true });
    this.pendingFocus = this.holds(scene);
  }

  invalidateLayers() {
    for (const item of this.live) {
      item.fitKey = "";
      item.transform = "";
    }
  }

  // -- playing --

  play() {
    this.userPaused = false;
    this.begin();
    if (!this.holding && !this.ended) this.playVideo();
    this.updatePlayToggle();
  }

  /** The viewer set the story going: by the play button, or by a choice. */
  begin() {
    if (!this.started) {
      this.started = true;
      this.sendEvent("started");
    }
    const hadFocus = document.activeElement === this.startButton;
    this.startButton.hidden = true;
    if (hadFocus) this.stage.focus({ preventScroll: true });
    if (this.music && this.music.paused && !this.ended) this.music.play().catch(() => null);
  }

  playVideo() {
    if (this.userPaused) return;
    this.video.play().catch((error) => {
      // Sound needs a gesture first: the viewer starts it with the play button. An
      // abort (a new scene's source replacing this one) needs nothing.
      if (error?.name !== "NotAllowedError") return;
      this.userPaused = true;
      this.startButton.hidden = false;
      this.updatePlayToggle();
    });
  }

  pause() {
    this.userPaused = true;
    this.video.pause();
    if (this.music) this.music.pause();
    this.updatePlayToggle();
  }

  updatePlayToggle() {
    const playing = this.started && !this.userPaused;
    this.playToggle.textContent = playing ? this.words.pause : this.words.resume;
    this.playToggle.hidden = this.ended; // at the end there is nothing to play
  }

  /** The scene reached its end or the out point of a pausing choice. */
  reachStop() {
    if (this.finished || !this.scene) return;
    this.finished = true;
    if (this.holds(this.scene)) {
      this.holding = true;
      this.video.pause();
      const stop = this.stopFrame(this.scene);
      if (this.video.currentTime * this.fps >= stop) this.video.currentTime = (stop - 0.5) / this.fps;
      this.placeLayers(this.frameNow());
      this.countQuarters();
      return;
    }
    const next = this.following(this.scene.next_scene);
    if (next) this.showScene(next, true);
    else this.finish();
  }

  /** The story ended: the last frame holds, its choices stay live. */
  finish() {
    this.ended = true;
    this.finished = true;
    this.video.pause();
    this.countQuarters();
    if (!this.completedSent) {
      this.completedSent = true;
      this.sendEvent("completed");
    }
    if (this.music) this.music.pause();
    this.updatePlayToggle();
  }

  frameNow() {
    const scene = this.scene;
    const limit = this.holding ? this.stopFrame(scene) : scene.duration;
    const frame = Math.floor(this.video.currentTime * this.fps + EPSILON);
    return Math.max(0, Math.min(frame, limit - 1));
  }

  tick() {
    requestAnimationFrame(() => this.tick());
    if (!this.scene) return;
    const { video } = this;
    if (!video.paused && !this.finished) {
      const at = video.currentTime * this.fps;
      const stop = this.stopFrame(this.scene);
      if (at >= (stop < this.scene.duration ? stop - 0.5 : stop)) this.reachStop();
    }
    this.placeLayers(this.frameNow());
    if (this.started && !this.finished) this.countQuarters();
  }

  placeLayers(frame) {
    const still = this.reducedMotion.matches;
    for (const item of this.live) placeLayer(item, frame, this.scene.duration, still);
    this.keepFocus();
  }

  /** Focus never falls off the page: a hidden focused choice hands it to the stage. */
  keepFocus() {
    const active = document.activeElement;
    const lost =
      !active ||
      active === document.body ||
      (this.stage.contains(active) && active !== this.stage && !isShown(active));
    // When the story holds for a choice, a keyboard user whose focus was nowhere
    // in particular lands on the first choice.
    const waiting = lost || active === this.stage;
    if (this.pendingFocus && this.holding && this.keyboardUser && waiting) {
      const first = this.firstChoice();
      if (first) {
        this.pendingFocus = false;
        first.focus({ preventScroll: true });
        return;
      }
    }
    if (lost) this.stage.focus({ preventScroll: true });
  }

  firstChoice() {
    return this.live.flatMap((item) => item.focusables).find(isShown) || null;
  }

  // -- pressing --

  press(layer, step) {
    const target = layer.action?.kind === "go_to_scene" ? layer.action.target : null;
    return this.choose(layer.id, step, target);
  }

  /** A route of the bar (pay, plan, help): a choice without a layer. */
  route(name, scene) {
    if (name !== "pay" && scene === this.scene && (this.holding || this.ended)) {
      this.firstChoice()?.focus(); // already there: the choices are live
      return Promise.resolve();
    }
    return this.choose(null, name, name === "pay" ? null : scene.id);
  }

  /**
   * A choice: reported, run by the server, and its answer followed. When the server
   * cannot be asked, a choice that only goes to a scene still goes there.
   */
  async choose(layer, step, fallback) {
    if (this.busy) return;
    this.busy = true;
    this.say("");
    this.sendEvent("choice", { scene: this.scene?.id ?? null, layer, step });
    try {
      this.follow(await this.post(this.payload.act, { layer, step }));
    } catch (error) {
      // Unreachable, or failing: a way on inside the video is still taken. A
      // refusal (4xx) is the server's word, and stands.
      const refused = error.status >= 400 && error.status < 500;
      if (!refused && fallback && this.following(fallback)) this.goTo(fallback);
      else this.say(this.words.failed);
    } finally {
      this.busy = false;
    }
  }

  /** {"go": scene}, {"open": address, "go": ...} or {"recorded": true, "go": ...}. */
  follow(answer) {
    if (!answer || typeof answer !== "object") throw new Error("no answer");
    let address = null;
    if (answer.open) {
      address = openableAddress(answer.open, location.href);
      if (!address) {
        console.warn("helder player: refused to open an address that is not https or tel");
        this.say(this.words.failed);
        return;
      }
      if (!address.startsWith("tel:")) {
        location.assign(address); // the page is left: going on here is moot
        return;
      }
    }
    if (answer.go) this.goTo(answer.go);
    else if (!address) this.finish();
    if (address) location.assign(address);
  }

  goTo(id) {
    const scene = this.following(id);
    if (!scene) {
      this.finish();
      return;
    }
    this.userPaused = false;
    this.begin();
    this.showScene(scene, true);
    this.updatePlayToggle();
  }

  // -- captions --

  /**
   * The scene's captions as a <track>, whose cues the player sets below the video
   * itself: drawn by the browser they would lie over the live layers, and cover
   * the very buttons a viewer has to reach.
   */
  setCaptions(scene) {
    for (const track of this.video.querySelectorAll("track")) track.remove();
    this.captionBox.textContent = "";
    if (!scene.captions) {
      this.captionsToggle.hidden = true;
      this.captionBox.hidden = true;
      return;
    }
    this.captionsToggle.hidden = false;
    const track = element("track");
    track.kind = "captions";
    track.srclang = this.payload.language;
    track.label = this.words.captions;
    track.src = scene.captions;
    track.default = true;
    track.addEventListener("cuechange", () => this.showCues(track.track));
    this.video.append(track);
    this.applyCaptions();
  }

  applyCaptions() {
    // "hidden": the cues load and change, and the browser draws none of them.
    for (const track of this.video.textTracks) track.mode = "hidden";
    this.captionBox.hidden = !this.captionsOn || !this.scene?.captions;
  }

  showCues(track) {
    // The cue as the WebVTT parser reads it, as plain text: tags and entities
    // resolved, nothing of it ever taken as markup.
    const lines = [...(track.activeCues || [])].map((cue) => cue.getCueAsHTML().textContent);
    this.captionBox.textContent = lines.join("\n");
  }

  // -- events: ids, steps and numbers only, never personal data --

  watchedInScene() {
    return this.scene ? this.frameNow() + 1 : 0;
  }

  /** Frames on the path so far: the scenes watched, this one and those that follow
   *  it without a choice, up to a hold or an end. */
  pathLength() {
    let total = this.watchedBefore;
    let scene = this.scene;
    for (let count = 0; scene && count < MAX_SCENES; count += 1) {
      total += this.holds(scene) ? this.stopFrame(scene) : scene.duration;
      if (this.holds(scene)) break;
      scene = this.following(scene.next_scene);
    }
    return total;
  }

  countQuarters() {
    if (!this.started || !this.scene) return;
    const watched = this.watchedBefore + this.watchedInScene();
    const total = this.pathLength();
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      if (!this.quarters.has(quarter) && watched >= (total * quarter) / 4) {
        this.quarters.add(quarter);
        this.sendEvent("quarter", { quarter });
      }
    }
  }

  sendEvent(name, details = {}) {
    const body = JSON.stringify({ event: name, ...details });
    const url = this.payload.events;
    if (!url) return;
    const blob = new Blob([body], { type: "application/json" });
    if (navigator.sendBeacon && navigator.sendBeacon(url, blob)) return;
    fetch(url, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      keepalive: true,
    }).catch(() => null);
  }

  async post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw Object.assign(new Error(`answered ${response.status}`), { status: response.status });
    }
    return response.json();
  }

  say(text) {
    this.status.textContent = text;
  }
}

/** The template's own button colour, for the controls outside the video. */
function firstButtonFill(payload) {
  for (const scene of payload.scenes) {
    for (const layer of scene.live) {
      const fill = layer.fill;
      const look = layer.button_style || "primary";
      if (layer.kind === "button" && look === "primary" && /^#[0-9a-f]{6}$/i.test(fill || "")) {
        return fill;
      }
    }
  }
  return null;
}

function isHelpChoice(layer) {
  return layer.kind === "button" && ["open_chat", "call"].includes(layer.action?.kind);
}

function isShown(node) {
  if (!node.isConnected || node.closest("[hidden]")) return false;
  return getComputedStyle(node).visibility !== "hidden";
}

/** Place one live layer for frame: its transform, and its text fitted to its box. */
function placeLayer(item, frame, duration, still) {
  const { layer, node } = item;
  const transform = { ...DEFAULT_TRANSFORM, ...(layer.transform || {}) };
  const value = (name) => (still ? restingValue(transform[name]) : sampleAnimated(transform[name], frame));
  const end = layer.end ?? duration;
  const [x, y] = value("position");
  const [w, h] = value("size").map((side) => Math.max(0, side));
  const [ax, ay] = value("anchor");
  const [sx, sy] = value("scale");
  const opacity = value("opacity");
  const inTime = layer.shown !== false && (layer.start ?? 0) <= frame && frame < end;
  if (node.hidden === inTime) node.hidden = !inTime;
  if (!inTime) return;
  const visibility = opacity <= 0 || (w <= 0 && h <= 0) ? "hidden" : "";
  if (node.style.visibility !== visibility) node.style.visibility = visibility;
  const shade = String(Math.max(0, Math.min(1, opacity)));
  if (node.style.opacity !== shade) node.style.opacity = shade;
  const placed =
    `translate(${x}px, ${y}px) rotate(${value("rotation")}deg) ` +
    `scale(${sx}, ${sy}) translate(${-ax * w}px, ${-ay * h}px)`;
  if (placed !== item.transform || item.fitKey === "") {
    item.transform = placed;
    node.style.transform = placed;
    node.style.width = `${w}px`;
    node.style.height = `${h}px`;
  }
  const key = `${w.toFixed(1)}x${h.toFixed(1)}`;
  if (key !== item.fitKey) {
    item.fitKey = key;
    fitLayer(item, w, h);
  }
}

function fitLayer(item, w, h) {
  const { layer } = item;
  if (layer.kind === "text") {
    const [{ body, style }] = item.fitted;
    fitText(body, style, w, h);
    return;
  }
  const padding = Number(layer.padding ?? BUTTON_PADDING);
  const boxes =
    layer.kind === "plan_picker" ? optionBoxes(layer, item.fitted.length, w, h) : [[0, 0, w, h]];
  item.fitted.forEach(({ body, style, box }, index) => {
    const [, top, width, height] = boxes[index];
    if (box) {
      box.style.transform = `translateY(${top}px)`;
      box.style.width = `${width}px`;
      box.style.height = `${height}px`;
    }
    const radius = Math.min(Number(layer.corner_radius ?? 16), width / 2, height / 2);
    (box || item.node).style.setProperty("--radius", `${radius}px`);
    fitText(body, style, Math.max(1, width - 2 * padding), Math.max(1, height - 2 * padding));
  });
}

// --- starting ---------------------------------------------------------------------

function viewToken() {
  const match = /^\/v\/([A-Za-z0-9_-]+)\/?$/.exec(location.pathname);
  return match ? match[1] : null;
}

async function start(root) {
  const token = viewToken();
  const status = root.querySelector("#status");
  const unavailable = () => {
    const words = wordsFor(navigator.language);
    document.title = words.title;
    root.querySelector("#frame").hidden = true;
    root.querySelector("#bar").hidden = true;
    status.setAttribute("role", "alert");
    status.textContent = words.unavailable;
    root.setAttribute("aria-busy", "false");
  };
  if (!token) {
    unavailable();
    return;
  }
  let payload;
  try {
    const response = await fetch(`/v/${token}/data`, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`the view answered ${response.status}`);
    payload = await response.json();
  } catch {
    unavailable();
    return;
  }
  await new Player(root, payload).open();
}

const root = document.getElementById("helder-player");
if (root) start(root);
