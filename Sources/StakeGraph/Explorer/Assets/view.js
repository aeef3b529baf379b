// view.js — pan and zoom of the inline SVG by its viewBox; fit; centring on an actor; export of
// the current view as SVG.

const viewport = byID("viewport");
const svg = viewport.querySelector("svg");
const fullBox = svg.viewBox.baseVal ? { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y, w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height } : { x: 0, y: 0, w: 1000, h: 1000 };
let box = Object.assign({}, fullBox);
svg.removeAttribute("width");
svg.removeAttribute("height");
svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
svg.setAttribute("role", "img");
svg.setAttribute("aria-label", "Network of " + data.actors.length + " actors; choose an actor with the search box or Tab");

function applyBox() {
  svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].map((v) => v.toFixed(2)).join(" "));
}

/// The view as "x,y,w,h" for the fragment, or "" when it is the whole drawing.
function currentViewText() {
  const same = ["x", "y", "w", "h"].every((k) => Math.abs(box[k] - fullBox[k]) < 0.5);
  return same ? "" : [box.x, box.y, box.w, box.h].map((v) => String(Number(v.toFixed(2)))).join(",");
}

function restoreView(text) {
  const parts = (text || "").split(",").map(Number);
  if (parts.length === 4 && parts.every(Number.isFinite) && parts[2] > 0 && parts[3] > 0) {
    box = { x: parts[0], y: parts[1], w: parts[2], h: parts[3] };
  } else box = Object.assign({}, fullBox);
  applyBox();
}

function fit() { box = Object.assign({}, fullBox); applyBox(); writeFragment(); }

/// Zooms by `factor` (> 1 zooms in) around a point in drawing coordinates (default: the centre).
function zoom(factor, cx = box.x + box.w / 2, cy = box.y + box.h / 2) {
  const w = Math.min(Math.max(box.w / factor, fullBox.w / 50), fullBox.w * 4);
  const scale = w / box.w;
  box = { x: cx - (cx - box.x) * scale, y: cy - (cy - box.y) * scale, w, h: box.h * scale };
  applyBox();
  writeFragment();
}

function pan(dx, dy) { box.x += dx * box.w; box.y += dy * box.h; applyBox(); writeFragment(); }

/// A screen point in drawing (viewBox) coordinates.
function toDrawing(clientX, clientY) {
  const point = svg.createSVGPoint();
  point.x = clientX; point.y = clientY;
  const matrix = svg.getScreenCTM();
  return matrix ? point.matrixTransform(matrix.inverse()) : { x: box.x, y: box.y };
}

/// Centres the view on an element, zooming in if the whole drawing is shown.
function centreOn(node) {
  const rect = node.getBoundingClientRect();
  const centre = toDrawing(rect.left + rect.width / 2, rect.top + rect.height / 2);
  if (box.w >= fullBox.w * 0.99) { const scale = 0.5; box.w *= scale; box.h *= scale; }
  box.x = centre.x - box.w / 2;
  box.y = centre.y - box.h / 2;
  applyBox();
  writeFragment();
}

// Dragging pans; a drag is not a click.
let drag = null;
let dragged = false;
viewport.addEventListener("pointerdown", (event) => {
  if (event.button !== 0) return;
  drag = { x: event.clientX, y: event.clientY, box: Object.assign({}, box) };
  dragged = false;
});
viewport.addEventListener("pointermove", (event) => {
  if (!drag) return;
  const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
  if (!dragged && Math.hypot(dx, dy) < 4) return;
  if (!dragged) { dragged = true; viewport.setPointerCapture(event.pointerId); viewport.classList.add("dragging"); }
  const rect = svg.getBoundingClientRect();
  const perPixel = Math.max(drag.box.w / rect.width, drag.box.h / rect.height);
  box.x = drag.box.x - dx * perPixel;
  box.y = drag.box.y - dy * perPixel;
  applyBox();
});
function endDrag() { if (drag && dragged) writeFragment(); drag = null; viewport.classList.remove("dragging"); }
viewport.addEventListener("pointerup", endDrag);
viewport.addEventListener("pointercancel", endDrag);
viewport.addEventListener("wheel", (event) => {
  event.preventDefault();
  const at = toDrawing(event.clientX, event.clientY);
  zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, at.x, at.y);
}, { passive: false });

/// The current view as a standalone SVG text: what is hidden is left out, what is faded is drawn
/// faded, the viewBox is the view's.
function exportSVG() {
  const copy = svg.cloneNode(true);
  copy.querySelectorAll(".sg-hidden").forEach((node) => node.remove());
  copy.querySelectorAll(".sg-faded").forEach((node) => node.setAttribute("opacity", "0.15"));
  copy.querySelectorAll("[tabindex]").forEach((node) => node.removeAttribute("tabindex"));
  copy.setAttribute("width", box.w.toFixed(0) + "pt");
  copy.setAttribute("height", box.h.toFixed(0) + "pt");
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy) + "\n";
}

function downloadSVG() {
  const blob = new Blob([exportSVG()], { type: "image/svg+xml" });
  const link = element("a", { href: URL.createObjectURL(blob), download: data.id + "-view.svg" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
