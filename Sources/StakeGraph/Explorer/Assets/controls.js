// controls.js — the filters (with counts), the time slider and its play button, colour-by.

const facetTitles = { type: "Relation type", polarity: "Polarity", mode: "Mode", kind: "Actor kind" };
const facetValues = {
  type: data.types.map((t) => ({ id: t.id, label: t.label })),
  polarity: data.facets.polarity,
  mode: data.facets.mode,
  kind: data.facets.kind,
};
const countOutputs = { type: new Map(), polarity: new Map(), mode: new Map(), kind: new Map() };
const filterBoxes = { type: new Map(), polarity: new Map(), mode: new Map(), kind: new Map() };

function buildFilters() {
  const container = byID("filters");
  for (const facet of ["type", "polarity", "mode", "kind"]) {
    const fieldset = element("fieldset", { id: "filter-" + facet });
    fieldset.append(element("legend", {}, facetTitles[facet]));
    for (const value of facetValues[facet]) {
      const box = element("input", { type: "checkbox", id: "filter-" + facet + "-" + value.id, "data-facet": facet, "data-value": value.id });
      const count = element("span", { class: "count" });
      const label = element("label", { for: box.id }, box, " " + value.label + " ", count);
      box.addEventListener("change", () => {
        if (box.checked) state.hidden[facet].delete(value.id); else state.hidden[facet].add(value.id);
        update();
      });
      countOutputs[facet].set(value.id, count);
      filterBoxes[facet].set(value.id, box);
      fieldset.append(label);
    }
    container.append(fieldset);
  }
  byID("showcase").addEventListener("change", (event) => { state.showcase = event.target.checked; update(); });
  byID("reset-filters").addEventListener("click", () => {
    for (const set of Object.values(state.hidden)) set.clear();
    update();
  });
}

/// Counts, for each value of each facet, the relations in force at the date (actor kinds: the
/// actors taking part in one); the boxes show the state.
function refreshFilters() {
  const counts = { type: new Map(), polarity: new Map(), mode: new Map(), kind: new Map() };
  const bump = (facet, value) => counts[facet].set(value, (counts[facet].get(value) || 0) + 1);
  const actors = new Set();
  for (const r of data.relations) {
    if (!inForce(r)) continue;
    const type = typeByID.get(r.type);
    bump("type", r.type); bump("polarity", type.polarity); bump("mode", type.mode);
    actors.add(r.from); actors.add(r.to);
  }
  for (const id of actors) bump("kind", actorByID.get(id).kind);
  for (const facet of Object.keys(countOutputs)) {
    for (const [value, output] of countOutputs[facet]) output.textContent = "(" + (counts[facet].get(value) || 0) + ")";
    for (const [value, box] of filterBoxes[facet]) box.checked = !state.hidden[facet].has(value);
  }
  byID("showcase").checked = state.showcase;
}

// Time: all relations, as of a date, or events in force for a window up to a date.
let playing = null;

function buildTime() {
  const slider = byID("date");
  const section = byID("time-section");
  if (data.stops.length === 0) { section.hidden = true; return; }
  slider.max = String(data.stops.length - 1);
  for (const [index, label] of data.windows.entries()) byID("window").append(element("option", { value: String(index) }, label));
  for (const radio of document.querySelectorAll("input[name=time]")) {
    radio.addEventListener("change", () => { if (radio.checked) { state.time = radio.value; update(); } });
  }
  slider.addEventListener("input", () => {
    state.stop = Number(slider.value);
    if (state.time === "all") state.time = "asof";
    update();
  });
  byID("window").addEventListener("change", (event) => { state.window = Number(event.target.value); update(); });
  byID("play").addEventListener("click", () => (playing ? stopPlaying() : startPlaying()));
}

function startPlaying() {
  if (state.time === "all") state.time = "asof";
  if (state.stop >= data.stops.length - 1) state.stop = 0;
  update();
  byID("play").setAttribute("aria-pressed", "true");
  byID("play").textContent = "Pause";
  playing = setInterval(() => {
    if (state.stop >= data.stops.length - 1) { stopPlaying(); return; }
    state.stop += 1;
    update();
  }, 900);
}

function stopPlaying() {
  clearInterval(playing);
  playing = null;
  byID("play").setAttribute("aria-pressed", "false");
  byID("play").textContent = "Play";
}

function refreshTime() {
  if (data.stops.length === 0) return;
  for (const radio of document.querySelectorAll("input[name=time]")) radio.checked = radio.value === state.time;
  byID("date").value = String(state.stop);
  byID("date").disabled = false;
  byID("window").value = String(state.window);
  byID("window").disabled = state.time !== "window";
  const stop = data.stops[state.stop];
  byID("date").setAttribute("aria-valuetext", stop.date);
  byID("date-label").textContent = state.time === "all" ? "every date (" + data.stops[0].date + " to " + data.stops[data.stops.length - 1].date + ")" : stop.date;
}

// Colour by kind (the drawing's own fills), stance, coalition or community (computed by StakeGraph).
const originalFill = new Map();

function buildColoring() {
  const select = byID("color-by");
  for (const coloring of data.colorings) select.append(element("option", { value: coloring.id }, coloring.label));
  select.addEventListener("change", () => { state.color = select.value; update(); });
}

function nodeShapes(node) {
  return [...node.querySelectorAll("polygon, ellipse, path")].filter((shape) => {
    if (!originalFill.has(shape)) originalFill.set(shape, shape.getAttribute("fill"));
    const fill = originalFill.get(shape);
    return fill && fill !== "none" && fill !== "transparent";
  });
}

function refreshColoring() {
  const coloring = data.colorings.find((c) => c.id === state.color) || data.colorings[0];
  byID("color-by").value = coloring.id;
  for (const actor of data.actors) {
    const node = actorNode(actor.id);
    if (!node) continue;
    const group = coloring.groups[actor.id];
    const entry = group === undefined ? coloring.none : coloring.legend[group];
    for (const shape of nodeShapes(node)) {
      if (coloring.id === "kind" || !entry) shape.style.removeProperty("fill"); else shape.style.fill = entry.color;
    }
    for (const text of node.querySelectorAll("text")) {
      if (coloring.id !== "kind" && entry && entry.dark) text.style.fill = "#ffffff"; else text.style.removeProperty("fill");
    }
  }
  const legend = byID("color-legend");
  legend.replaceChildren();
  const entries = coloring.none ? coloring.legend.concat([coloring.none]) : coloring.legend;
  for (const entry of entries) {
    const swatch = element("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = entry.color;
    legend.append(element("li", {}, swatch, " " + entry.label));
  }
  byID("color-note").textContent = coloring.note || "";
}
