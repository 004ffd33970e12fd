/*
 * The story of one view, read from its payload: which scenes it shows, where a
 * scene holds for a choice, and where the routes outside the video lead. Scenes
 * are found by what their choices do, never by their ids.
 */

const MAX_SCENES = 200; // a chain of scenes longer than this goes round in circles

export class Story {
  constructor(payload) {
    this.payload = payload;
    this.scenes = new Map(payload.scenes.map((scene) => [scene.id, scene]));
  }

  /** The scene id, or the first scene after it that is shown for this dossier. */
  following(id) {
    let scene = id ? this.scenes.get(id) : undefined;
    for (let count = 0; scene && !scene.shown && count < MAX_SCENES; count += 1) {
      scene = scene.next_scene ? this.scenes.get(scene.next_scene) : undefined;
    }
    return scene && scene.shown ? scene : null;
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

  /** Frames from the start of scene to where the story next waits or ends: the
   *  scene and the ones that follow it without a choice. */
  framesFrom(scene) {
    let total = 0;
    for (let count = 0; scene && count < MAX_SCENES; count += 1) {
      if (this.holds(scene)) return total + this.stopFrame(scene);
      total += scene.duration;
      scene = this.following(scene.next_scene);
    }
    return total;
  }
}

/** The template's own button colour, for the controls outside the video. */
export function firstButtonFill(payload) {
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

export function isHelpChoice(layer) {
  return layer.kind === "button" && ["open_chat", "call"].includes(layer.action?.kind);
}
