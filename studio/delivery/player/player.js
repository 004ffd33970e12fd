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

import {
  buildButton,
  buildPicker,
  buildText,
  element,
  isShown,
  keyboardOrder,
  placeLayer,
} from "./layers.js";
import { Captions } from "./captions.js";
import { postChoice, Report } from "./report.js";
import { firstButtonFill, Story } from "./story.js";
import { wordsFor } from "./words.js";

export { cubicBezier, easingProgress, restingValue, sampleAnimated } from "./keyframes.js";

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

const EPSILON = 1e-6;

class Player {
  constructor(root, payload) {
    this.root = root;
    this.payload = payload;
    this.words = wordsFor(payload.language);
    this.fps = Number(payload.canvas.fps);
    this.story = new Story(payload);
    this.families = [...new Set((payload.fonts || []).map((font) => font.family))];
    this.video = root.querySelector("#video");
    this.stage = root.querySelector("#stage");
    this.frameBox = root.querySelector("#frame");
    this.startButton = root.querySelector("#start");
    this.playToggle = root.querySelector("#toggle-play");
    this.captions = new Captions(
      this.video,
      root.querySelector("#captions"),
      root.querySelector("#toggle-captions"),
      payload.language,
      this.words.captions,
    );
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
    this.watchedBefore = 0; // frames of the scenes watched before this one
    this.report = new Report(payload.events);
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
    this.report.send("opened");
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
    this.playToggle.hidden = false;
    this.updatePlayToggle();
  }

  /** The pay, plan and help routes, kept reachable below the video at all times. */
  setUpRoutes() {
    const always = this.payload.always || {};
    for (const [name, scene] of Object.entries(this.story.routeScenes())) {
      const button = this.root.querySelector(`#route-${name}`);
      if (!always[name] || !scene) continue; // not offered in this view
      button.textContent = always[name];
      button.hidden = false;
      button.addEventListener("click", () => this.route(name, scene));
    }
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
    video.addEventListener("loadedmetadata", () => this.captions.apply());
  }

  // -- the story --

  /**
   * Where the story starts: the entry, or after a payment (the provider sends the
   * viewer back with ?payment=paid or failed) the pay button's next scene, or the
   * pay scene again to try once more.
   */
  firstScene() {
    const outcome = new URLSearchParams(location.search).get("payment");
    const entry = this.story.following(this.payload.entry);
    if (outcome !== "paid" && outcome !== "failed") return entry;
    history.replaceState(null, "", location.pathname); // a reload starts afresh
    const scene = this.story.routeScenes().pay;
    const button = scene?.live.find((layer) => layer.action?.kind === "pay");
    if (outcome === "failed") {
      this.say(this.words.payment_failed);
      return scene || entry;
    }
    return this.story.following(button?.action?.then) || entry;
  }

  showScene(scene, play) {
    if (this.scene) this.watchedBefore += this.watchedInScene();
    this.scene = scene;
    this.holding = false;
    this.finished = false;
    this.ended = false;
    this.buildLayers(scene);
    this.captions.show(scene);
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
    this.pendingFocus = this.story.holds(scene);
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
      this.report.send("started");
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
    if (this.story.holds(this.scene)) {
      this.holding = true;
      this.video.pause();
      const stop = this.story.stopFrame(this.scene);
      if (this.video.currentTime * this.fps >= stop) this.video.currentTime = (stop - 0.5) / this.fps;
      this.placeLayers(this.frameNow());
      this.countQuarters();
      return;
    }
    const next = this.story.following(this.scene.next_scene);
    if (next) this.showScene(next, true);
    else this.finish();
  }

  /** The story ended: the last frame holds, its choices stay live. */
  finish() {
    this.ended = true;
    this.finished = true;
    this.video.pause();
    this.countQuarters();
    this.report.once("completed");
    if (this.music) this.music.pause();
    this.updatePlayToggle();
  }

  frameNow() {
    const scene = this.scene;
    const limit = this.holding ? this.story.stopFrame(scene) : scene.duration;
    const frame = Math.floor(this.video.currentTime * this.fps + EPSILON);
    return Math.max(0, Math.min(frame, limit - 1));
  }

  tick() {
    requestAnimationFrame(() => this.tick());
    if (!this.scene) return;
    const { video } = this;
    if (!video.paused && !this.finished) {
      const at = video.currentTime * this.fps;
      const stop = this.story.stopFrame(this.scene);
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
    this.report.send("choice", { scene: this.scene?.id ?? null, layer, step });
    try {
      this.follow(await postChoice(this.payload.act, { layer, step }));
    } catch (error) {
      // Unreachable, or failing: a way on inside the video is still taken. A
      // refusal (4xx) is the server's word, and stands.
      const refused = error.status >= 400 && error.status < 500;
      if (!refused && fallback && this.story.following(fallback)) this.goTo(fallback);
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
    const scene = this.story.following(id);
    if (!scene) {
      this.finish();
      return;
    }
    this.userPaused = false;
    this.begin();
    this.showScene(scene, true);
    this.updatePlayToggle();
  }

  // -- events: ids, steps and numbers only, never personal data --

  watchedInScene() {
    return this.scene ? this.frameNow() + 1 : 0;
  }

  /** Frames on the path so far: the scenes watched, this one and those that follow
   *  it without a choice, up to a hold or an end. */
  pathLength() {
    return this.watchedBefore + this.story.framesFrom(this.scene);
  }

  countQuarters() {
    if (!this.started || !this.scene) return;
    this.report.watched(this.watchedBefore + this.watchedInScene(), this.pathLength());
  }

  say(text) {
    this.status.textContent = text;
  }
}

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
