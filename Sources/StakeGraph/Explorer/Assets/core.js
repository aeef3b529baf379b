// core.js — the data, the view state and which relations are shown.
//
// The page never decides a date rule: every relation carries, per event window, the days it is in
// force ([first, last], null for an open end, computed by StakeGraph's `Validity`), and every stop
// of the time slider carries the days `--as-of` that date means. A relation is shown at a stop
// when those two spans meet.

const data = JSON.parse(document.getElementById("explorer-data").textContent);

const actorByID = new Map(data.actors.map((actor, index) => [actor.id, Object.assign(actor, { index })]));
const typeByID = new Map(data.types.map((type) => [type.id, type]));
const edgeOfRelation = new Array(data.relations.length);
data.edges.forEach((edge, index) => edge.relations.forEach((relation) => { edgeOfRelation[relation] = index; }));

// The state of the view; `readFragment` and `writeFragment` keep it in the URL's fragment.
const state = {
  actor: null,          // selected actor id
  edge: null,           // selected edge (bundle) index
  depth: 0,             // focus depth around the selected actor (0: no focus)
  hidden: { type: new Set(), polarity: new Set(), mode: new Set(), kind: new Set() },
  showcase: false,      // fade filtered-out elements instead of hiding them
  time: "all",          // "all" | "asof" | "window"
  stop: data.stops.length - 1,
  window: 0,            // index into data.windows
  color: "kind",
  path: null,           // { from, to } actor ids
  undirected: false,
};

/// Whether a relation's days in force meet a stop's days: both ends included, null ends open.
function meets(validity, stop) {
  if (validity === null) return true; // undated: kept and counted, as on the command line
  const [first, last] = validity;
  return (first === null || first <= stop.last) && (last === null || last >= stop.first);
}

/// Whether the time setting keeps relation `r`.
function inForce(r) {
  if (state.time === "all" || data.stops.length === 0) return true;
  const stop = data.stops[state.stop];
  return meets(r.valid[state.time === "window" ? state.window + 1 : 0], stop);
}

/// Whether the filters (type, polarity, mode, kinds of both ends) keep relation `r`.
function passesFilters(r) {
  const type = typeByID.get(r.type);
  if (state.hidden.type.has(r.type) || state.hidden.polarity.has(type.polarity) || state.hidden.mode.has(type.mode)) return false;
  return !state.hidden.kind.has(actorByID.get(r.from).kind) && !state.hidden.kind.has(actorByID.get(r.to).kind);
}

/// Indices of the relations shown: in force at the date and kept by every filter (AND).
function visibleRelations() {
  const shown = [];
  data.relations.forEach((r, index) => { if (inForce(r) && passesFilters(r)) shown.push(index); });
  return shown;
}

/// Whether any filter or the time setting leaves something out.
function narrowed() {
  return state.time !== "all" || Object.values(state.hidden).some((set) => set.size > 0);
}

/// Actor ids within `depth` hops of `start` over `relations` (indices), either direction.
function neighbourhood(start, depth, relations) {
  const adjacent = new Map();
  for (const index of relations) {
    const { from, to } = data.relations[index];
    if (!adjacent.has(from)) adjacent.set(from, []);
    if (!adjacent.has(to)) adjacent.set(to, []);
    adjacent.get(from).push(to);
    adjacent.get(to).push(from);
  }
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    const next = [];
    for (const id of frontier) for (const other of adjacent.get(id) || []) {
      if (!reached.has(other)) { reached.add(other); next.push(other); }
    }
    frontier = next;
  }
  return reached;
}

// The URL fragment: `#actor=huawei&depth=1&time=asof&date=2019-03&hide-type=leads,...`.
function writeFragment() {
  const params = new URLSearchParams();
  if (state.actor) params.set("actor", state.actor);
  if (state.edge !== null) params.set("edge", data.edges[state.edge].id);
  if (state.depth) params.set("depth", String(state.depth));
  for (const [facet, set] of Object.entries(state.hidden)) if (set.size) params.set("hide-" + facet, [...set].sort().join(","));
  if (state.showcase) params.set("showcase", "1");
  if (state.time !== "all") {
    params.set("time", state.time);
    if (data.stops.length) params.set("date", data.stops[state.stop].date);
    if (state.time === "window") params.set("window", data.windows[state.window]);
  }
  if (state.color !== "kind") params.set("color", state.color);
  if (state.path) params.set("path", state.path.from + "," + state.path.to);
  if (state.undirected) params.set("undirected", "1");
  const view = currentViewText();
  if (view) params.set("view", view);
  const fragment = params.toString();
  history.replaceState(null, "", fragment ? "#" + fragment : location.pathname + location.search);
}

/// Reads the fragment into `state`, ignoring what does not name something in the graph.
function readFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const actor = params.get("actor");
  state.actor = actor && actorByID.has(actor) ? actor : null;
  const edge = data.edges.findIndex((e) => e.id === params.get("edge"));
  state.edge = edge >= 0 ? edge : null;
  const depth = Number(params.get("depth"));
  state.depth = state.actor && Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 0;
  const known = {
    type: new Set(data.types.map((t) => t.id)),
    polarity: new Set(data.facets.polarity.map((p) => p.id)),
    mode: new Set(data.facets.mode.map((m) => m.id)),
    kind: new Set(data.facets.kind.map((k) => k.id)),
  };
  for (const facet of Object.keys(state.hidden)) {
    state.hidden[facet] = new Set((params.get("hide-" + facet) || "").split(",").filter((v) => known[facet].has(v)));
  }
  state.showcase = params.get("showcase") === "1";
  const time = params.get("time");
  state.time = (time === "asof" || time === "window") && data.stops.length ? time : "all";
  const stop = data.stops.findIndex((s) => s.date === params.get("date"));
  state.stop = stop >= 0 ? stop : data.stops.length - 1;
  const windowIndex = data.windows.indexOf(params.get("window"));
  state.window = windowIndex >= 0 ? windowIndex : 0;
  const color = params.get("color");
  state.color = data.colorings.some((c) => c.id === color) ? color : "kind";
  const path = (params.get("path") || "").split(",");
  state.path = path.length === 2 && actorByID.has(path[0]) && actorByID.has(path[1]) ? { from: path[0], to: path[1] } : null;
  state.undirected = params.get("undirected") === "1";
  return params.get("view");
}

// Small DOM helpers: text only ever goes in through textContent, attributes through setAttribute.
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function byID(id) { return document.getElementById(id); }

/// An http(s) URL as it is, or null: nothing else may reach an href.
function safeURL(text) {
  return typeof text === "string" && /^https?:\/\/[^\s]+$/i.test(text) ? text : null;
}

function actorName(id) { const actor = actorByID.get(id); return actor ? actor.name : id; }
