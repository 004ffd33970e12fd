/*
 * Captions: a <track kind="captions"> a scene, whose cues the player sets below
 * the video itself. Drawn by the browser they would lie over the live layers and
 * cover the very buttons a viewer has to reach.
 */

export class Captions {
  constructor(video, box, toggle, language, label) {
    this.video = video;
    this.box = box;
    this.toggle = toggle;
    this.language = language;
    this.label = label;
    this.on = true;
    this.scene = null;
    toggle.setAttribute("aria-label", label);
    toggle.addEventListener("click", () => {
      this.on = !this.on;
      toggle.setAttribute("aria-pressed", String(this.on));
      this.apply();
    });
  }

  /** The scene's captions in place of the last scene's. */
  show(scene) {
    this.scene = scene;
    for (const track of this.video.querySelectorAll("track")) track.remove();
    this.box.textContent = "";
    this.toggle.hidden = !scene.captions;
    if (scene.captions) {
      const track = document.createElement("track");
      track.kind = "captions";
      track.srclang = this.language;
      track.label = this.label;
      track.src = scene.captions;
      track.default = true;
      track.addEventListener("cuechange", () => this.showCues(track.track));
      this.video.append(track);
    }
    this.apply();
  }

  apply() {
    // "hidden": the cues load and change, and the browser draws none of them.
    for (const track of this.video.textTracks) track.mode = "hidden";
    this.box.hidden = !this.on || !this.scene?.captions;
  }

  showCues(track) {
    // The cue as the WebVTT parser reads it, as plain text: tags and entities
    // resolved, nothing of it ever taken as markup.
    const cues = [...(track.activeCues || [])];
    this.box.textContent = cues.map((cue) => cue.getCueAsHTML().textContent).join("\n");
  }
}
