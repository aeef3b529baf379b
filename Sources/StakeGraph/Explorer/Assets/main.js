// main.js — applies the state to the drawing, wires the controls and the keyboard, and reads the
// link the page was opened with.

function actorNode(id) { return document.getElementById("actor-" + id); }
function edgeNode(index) { return document.getElementById(data.edges[index].id); }

function setClass(node, name, on) { if (node) node.classList.toggle(name, on); }

/// Puts the state on the page: which actors and ties are shown, faded, selected or on the path;
/// the panels, counts and the link.
function update() {
  const shownList = visibleRelations();
  const shown = new Set(shownList);
  const inPlay = new Set();
  for (const index of shownList) { inPlay.add(data.relations[index].from); inPlay.add(data.relations[index].to); }
  const focusSet = state.actor && state.depth ? neighbourhood(state.actor, state.depth, shownList) : null;

  refreshPath(shownList);
  const pathActors = new Set(currentPath ? currentPath.actors : []);
  const pathEdges = new Set();
  if (currentPath) for (const hop of currentPath.hops) for (const index of hop.relations) pathEdges.add(edgeOfRelation[index]);
  const dimOut = narrowed();

  for (const actor of data.actors) {
    const node = actorNode(actor.id);
    if (!node) continue;
    const kindHidden = state.hidden.kind.has(actor.kind);
    setClass(node, "sg-hidden", kindHidden && !state.showcase);
    setClass(node, "sg-faded", (kindHidden && state.showcase) || (dimOut && !inPlay.has(actor.id)) || (focusSet !== null && !focusSet.has(actor.id)));
    setClass(node, "sg-selected", actor.id === state.actor);
    setClass(node, "sg-on-path", pathActors.has(actor.id));
    node.setAttribute("aria-pressed", String(actor.id === state.actor));
  }
  data.edges.forEach((edge, index) => {
    const node = edgeNode(index);
    if (!node) return;
    const visible = edge.relations.some((r) => shown.has(r));
    const ends = data.relations[edge.relations[0]];
    setClass(node, "sg-hidden", !visible && !state.showcase);
    setClass(node, "sg-faded", (!visible && state.showcase) || (focusSet !== null && !(focusSet.has(ends.from) && focusSet.has(ends.to))));
    setClass(node, "sg-selected", index === state.edge);
    setClass(node, "sg-on-path", pathEdges.has(index));
  });
  if (state.actor) showActorPanel(state.actor, shown);
  else if (state.edge !== null) showEdgePanel(state.edge, shown);
  else if (currentPath) showPathPanel();
  else showHint();
  refreshFilters();
  refreshTime();
  refreshColoring();
  const when = state.time === "all" || !data.stops.length ? "" : " · as of " + data.stops[state.stop].date + (state.time === "window" ? ", events in force for " + data.windowWords[state.window] : "");
  byID("status").textContent = "Showing " + shownList.length + " of " + data.relations.length + " relations · " + inPlay.size + " of " + data.actors.length + " actors in play" + when;
  writeFragment();
}

function selectActor(id, { centre = false } = {}) {
  state.actor = id;
  state.edge = null;
  if (!id) state.depth = 0;
  update();
  if (centre && id && actorNode(id)) centreOn(actorNode(id));
}

function selectEdge(index) {
  state.edge = index === undefined ? null : index;
  state.actor = null;
  state.depth = 0;
  update();
}

function wireDrawing() {
  data.actors.forEach((actor) => {
    const node = actorNode(actor.id);
    if (!node) return;
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", actor.name + ", " + actor.kindLabel);
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { selectActor(actor.id); event.preventDefault(); }
    });
  });
  // Links in the drawing lead to sources; in the explorer a click selects instead.
  viewport.addEventListener("click", (event) => {
    event.preventDefault();
    if (dragged) { dragged = false; return; }
    const node = event.target.closest("g.node");
    const edge = event.target.closest("g.edge");
    if (node && node.id.startsWith("actor-")) selectActor(node.id.slice(6));
    else if (edge) { const index = data.edges.findIndex((e) => e.id === edge.id); if (index >= 0) selectEdge(index); }
    else selectActor(null);
  }, true);
}

function wireKeyboard() {
  document.addEventListener("keydown", (event) => {
    if (event.target.closest && event.target.closest("input, select, textarea")) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = {
      "/": () => byID("search").focus(),
      "+": () => (state.actor ? changeDepth(1) : zoom(1.25)),
      "=": () => (state.actor ? changeDepth(1) : zoom(1.25)),
      "-": () => (state.actor ? changeDepth(-1) : zoom(0.8)),
      "PageUp": () => zoom(1.25),
      "PageDown": () => zoom(0.8),
      "0": () => fit(),
      "ArrowLeft": () => pan(-0.1, 0),
      "ArrowRight": () => pan(0.1, 0),
      "ArrowUp": () => pan(0, -0.1),
      "ArrowDown": () => pan(0, 0.1),
      "Escape": () => { selectActor(null); },
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key.startsWith("Arrow") && event.target.closest && event.target.closest("button")) return;
    action();
    event.preventDefault();
  });
  byID("zoom-in").addEventListener("click", () => zoom(1.25));
  byID("zoom-out").addEventListener("click", () => zoom(0.8));
  byID("fit").addEventListener("click", fit);
  byID("export-svg").addEventListener("click", downloadSVG);
  byID("print").addEventListener("click", () => window.print());
  byID("copy-link").addEventListener("click", copyLink);
}

function copyLink() {
  writeFragment();
  const field = byID("link");
  field.value = location.href;
  field.hidden = false;
  field.select();
  let copied = false;
  try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
  byID("link-note").textContent = copied ? "Link copied." : "Copy the link above.";
  if (!copied && navigator.clipboard) navigator.clipboard.writeText(location.href).then(() => { byID("link-note").textContent = "Link copied."; }, () => {});
}

function start() {
  const view = readFragment();
  buildFilters();
  buildTime();
  buildColoring();
  buildSearch();
  buildPathControls();
  wireDrawing();
  wireKeyboard();
  restoreView(view);
  update();
  window.addEventListener("hashchange", () => { const v = readFragment(); restoreView(v); update(); });
  // For tests and scripts: what is shown, in the terms of `stakegraph relations --format json`.
  window.stakegraphExplorer = Object.freeze({
    shownRelations: () => visibleRelations().map((index) => {
      const r = data.relations[index];
      return { from: r.from, to: r.to, type: r.type, date: r.date, evidence: r.evidence.map((e) => ({ source: e.source, quote: e.quote })) };
    }),
    path: () => (currentPath ? { actors: currentPath.actors.slice(), hops: currentPath.hops.map((h) => ({ from: h.from, to: h.to, relations: h.relations.map((i) => ({ type: data.relations[i].type, date: data.relations[i].date, evidence: data.relations[i].evidence.map((e) => ({ source: e.source, quote: e.quote })) })) })) } : null),
    exportSVG,
  });
  // Ready once the first frame with the state applied has been drawn: what a user waits for.
  document.documentElement.setAttribute("data-started", String(Math.round(performance.now())));
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.documentElement.setAttribute("data-ready", String(Math.round(performance.now())));
  }));
}

start();
