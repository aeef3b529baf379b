// path.js — the shortest path between two actors over the relations shown, found and explained
// exactly as `stakegraph path` does for the same selection: vertices are the actors in id order
// (data.actors is in that order), an edge u→v exists when a shown relation goes from u to v
// (both ways for an undirected type, or for every type when direction is ignored), and the
// breadth-first search visits each actor's successors in ascending order, keeping the first
// parent found. Each hop lists the shown relations that make it, in file order.

function shortestPath(from, to, shown) {
  const n = data.actors.length;
  const successors = Array.from({ length: n }, () => new Set());
  for (const index of shown) {
    const r = data.relations[index];
    const u = actorByID.get(r.from).index, v = actorByID.get(r.to).index;
    if (u === v) continue;
    successors[u].add(v);
    if (state.undirected || !typeByID.get(r.type).directed) successors[v].add(u);
  }
  const ordered = successors.map((set) => [...set].sort((a, b) => a - b));
  const source = actorByID.get(from).index, target = actorByID.get(to).index;
  if (source === target) return [from];
  const parent = new Int32Array(n).fill(-1);
  parent[source] = source;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const vertex = queue[head];
    for (const w of ordered[vertex]) {
      if (parent[w] >= 0) continue;
      parent[w] = vertex;
      if (w === target) {
        const path = [target];
        while (path[path.length - 1] !== source) path.push(parent[path[path.length - 1]]);
        return path.reverse().map((index) => data.actors[index].id);
      }
      queue.push(w);
    }
  }
  return null;
}

/// The hops of a path, each with its shown relations (as `PathFinder.explain`).
function explainPath(actors, shown) {
  const hops = [];
  for (let step = 0; step + 1 < actors.length; step++) {
    const from = actors[step], to = actors[step + 1];
    const relations = shown.filter((index) => {
      const r = data.relations[index];
      if (r.from === r.to) return false;
      if (r.from === from && r.to === to) return true;
      if (!(r.from === to && r.to === from)) return false;
      return state.undirected || !typeByID.get(r.type).directed;
    });
    hops.push({ from, to, relations });
  }
  return hops;
}

let currentPath = null; // { actors, hops } or null

function buildPathControls() {
  for (const id of ["path-from", "path-to"]) {
    const select = byID(id);
    select.append(element("option", { value: "" }, "—"));
    for (const actor of [...data.actors].sort((a, b) => a.name.localeCompare(b.name))) {
      select.append(element("option", { value: actor.id }, actor.name));
    }
  }
  byID("find-path").addEventListener("click", () => {
    const from = byID("path-from").value, to = byID("path-to").value;
    state.path = from && to ? { from, to } : null;
    update();
  });
  byID("clear-path").addEventListener("click", () => { state.path = null; update(); });
  byID("path-undirected").addEventListener("change", (event) => { state.undirected = event.target.checked; update(); });
}

function refreshPath(shown) {
  byID("path-from").value = state.path ? state.path.from : byID("path-from").value;
  byID("path-to").value = state.path ? state.path.to : byID("path-to").value;
  byID("path-undirected").checked = state.undirected;
  const result = byID("path-result");
  result.replaceChildren();
  currentPath = null;
  if (!state.path) return;
  const actors = shortestPath(state.path.from, state.path.to, shown);
  if (!actors) {
    result.append(element("p", { class: "no-path" }, "No path from " + actorName(state.path.from) + " to " + actorName(state.path.to) + " among the relations shown."));
    return;
  }
  currentPath = { actors, hops: explainPath(actors, shown) };
  result.append(element("p", { class: "route" }, actors.map(actorName).join(" → ") + "  (" + currentPath.hops.length + " hop" + (currentPath.hops.length === 1 ? "" : "s") + ")"));
  result.append(element("p", { class: "muted" }, "Each hop and its quotes are in the panel on the right (click the empty drawing to see it again)."));
}

/// The path in the details panel: the route, then each hop's relations with their quotes, as
/// `stakegraph path` explains it in the terminal.
function showPathPanel() {
  const body = byID("panel-body");
  body.replaceChildren();
  body.append(element("h2", { id: "panel-title" }, "Path: " + actorName(currentPath.actors[0]) + " → " + actorName(currentPath.actors[currentPath.actors.length - 1])));
  body.append(element("p", { class: "route" }, currentPath.actors.map(actorName).join(" → ")));
  const list = element("ol", { class: "hops" });
  for (const hop of currentPath.hops) {
    const item = element("li", {});
    for (const index of hop.relations) {
      const r = data.relations[index];
      item.append(element("p", { class: "hop" }, sentence(r)), evidenceList(r.evidence));
    }
    list.append(item);
  }
  body.append(list);
}
