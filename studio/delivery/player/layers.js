/*
 * The live layers: real page elements on the stage, in canvas pixels. Texts take
 * their finished text with textContent only; choices are real <button>s, in the
 * keyboard order the template gives. Each frame places them from their animated
 * transform, as the studio's renderer paints them.
 */

import { BUTTON_PADDING, fitText, fontOf, labelStyle } from "./fit.js";
import { restingValue, sampleAnimated } from "./keyframes.js";

const DEFAULT_TRANSFORM = {
  position: [0, 0],
  size: [100, 100],
  anchor: [0, 0],
  rotation: 0,
  scale: [1, 1],
  opacity: 1,
};

export function element(tag, className) {
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

export function buildText(layer, families) {
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

export function buildButton(layer, families, press) {
  const node = element("button", "layer choice");
  const label = paintChoice(node, layer, layer.button_style || "primary", families);
  label.textContent = layer.label ?? "";
  node.addEventListener("click", () => press(layer, stepOf(layer)));
  return new LiveLayer(layer, node, [{ body: label, style: labelStyle(layer), box: null }]);
}

export function buildPicker(layer, families, press, groupName) {
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
export function keyboardOrder(live) {
  const choices = live.filter((layer) => layer.kind === "button" || layer.kind === "plan_picker");
  const numbered = choices
    .filter((layer) => layer.tab_index != null)
    .sort((a, b) => a.tab_index - b.tab_index);
  return [...numbered, ...choices.filter((layer) => layer.tab_index == null)];
}

export function isShown(node) {
  if (!node.isConnected || node.closest("[hidden]")) return false;
  return getComputedStyle(node).visibility !== "hidden";
}

/** Place one live layer for frame: its transform, and its text fitted to its box. */
export function placeLayer(item, frame, duration, still) {
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
