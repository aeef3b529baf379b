// panels.js — the details panel: an actor (what it is, its relations grouped by type, its
// positions, each with the verbatim quotes and their sources) or a tie (every relation it
// stands for). Everything is written with textContent.

function evidenceList(evidence) {
  const list = element("ul", { class: "evidence" });
  if (evidence.length === 0) list.append(element("li", { class: "no-evidence" }, "no evidence given"));
  for (const item of evidence) {
    const source = data.sources[item.source] || { title: item.source };
    const quote = element("blockquote", { class: "quote" }, item.quote);
    const origin = [source.publisher, source.date].filter(Boolean).join(", ");
    const cite = element("cite", {});
    const url = safeURL(source.url);
    if (url) cite.append(element("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, source.title));
    else cite.append(source.title);
    if (origin) cite.append(" — " + origin);
    cite.append(element("span", { class: "source-id" }, " (" + item.source + ")"));
    const li = element("li", {}, quote, cite);
    if (item.note) li.append(element("p", { class: "evidence-note" }, item.note));
    list.append(li);
  }
  return list;
}

/// "Chris Wray leads FBI, 2018-02-13", with the relation's own words for its type.
function sentence(r) {
  const type = typeByID.get(r.type);
  return actorName(r.from) + " " + type.verb + " " + actorName(r.to) + (r.date ? ", " + r.date : "");
}

function relationItem(index, shown) {
  const r = data.relations[index];
  const item = element("li", { class: "relation" + (shown.has(index) ? "" : " not-shown"), "data-relation": String(index) });
  const head = element("button", { type: "button", class: "link", "aria-label": "Show the tie: " + sentence(r) }, sentence(r));
  head.addEventListener("click", () => selectEdge(edgeOfRelation[index]));
  item.append(head);
  if (!shown.has(index)) item.append(element("span", { class: "muted" }, " (not shown under the current date and filters)"));
  item.append(evidenceList(r.evidence));
  return item;
}

function groupedByType(indices, shown) {
  const fragment = document.createDocumentFragment();
  const groups = new Map();
  for (const index of indices) {
    const type = data.relations[index].type;
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push(index);
  }
  for (const [type, members] of groups) {
    fragment.append(element("h4", {}, typeByID.get(type).label + " (" + members.length + ")"));
    const list = element("ul", { class: "relations" });
    for (const index of members) list.append(relationItem(index, shown));
    fragment.append(list);
  }
  return fragment;
}

function showActorPanel(id, shown) {
  const actor = actorByID.get(id);
  const body = byID("panel-body");
  body.replaceChildren();
  body.append(element("h2", { id: "panel-title" }, actor.name));
  const facts = element("dl", { class: "facts" });
  const fact = (term, value) => { if (value) facts.append(element("dt", {}, term), element("dd", {}, value)); };
  fact("Id", actor.id);
  fact("Kind", actor.kindLabel);
  fact("Country", actor.country);
  fact("Also called", actor.aliases.join(", "));
  fact("Description", actor.description);
  body.append(facts);
  const url = safeURL(actor.url);
  if (url) body.append(element("p", {}, element("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "Website")));

  const focus = element("div", { class: "focus", role: "group", "aria-label": "Focus around " + actor.name });
  const less = element("button", { type: "button", id: "focus-less", "aria-label": "Focus: fewer hops" }, "−");
  const more = element("button", { type: "button", id: "focus-more", "aria-label": "Focus: more hops" }, "+");
  const label = element("span", { id: "focus-depth" }, state.depth ? "focus: " + state.depth + " hop" + (state.depth > 1 ? "s" : "") : "no focus");
  less.addEventListener("click", () => changeDepth(-1));
  more.addEventListener("click", () => changeDepth(1));
  focus.append(less, " ", label, " ", more);
  body.append(focus);

  const out = [], into = [];
  data.relations.forEach((r, index) => { if (r.from === id) out.push(index); else if (r.to === id) into.push(index); });
  body.append(element("h3", {}, "Relations out (" + out.length + ")"), groupedByType(out, shown));
  body.append(element("h3", {}, "Relations in (" + into.length + ")"), groupedByType(into, shown));

  const positions = data.positions.filter((p) => p.actor === id);
  body.append(element("h3", {}, "Positions (" + positions.length + ")"));
  const list = element("ul", { class: "positions" });
  for (const position of positions) {
    const issue = data.issues.find((i) => i.id === position.issue);
    const item = element("li", { class: "position" }, element("strong", {}, position.stanceLabel), " on “" + (issue ? issue.question : position.issue) + "”" + (position.date ? ", " + position.date : ""));
    item.append(evidenceList(position.evidence));
    list.append(item);
  }
  body.append(list);
}

function showEdgePanel(edgeIndex, shown) {
  const edge = data.edges[edgeIndex];
  const body = byID("panel-body");
  body.replaceChildren();
  const r0 = data.relations[edge.relations[0]];
  body.append(element("h2", { id: "panel-title" }, actorName(r0.from) + (edge.directed ? " → " : " — ") + actorName(r0.to)));
  body.append(element("p", { class: "muted" }, edge.relations.length + " relation" + (edge.relations.length > 1 ? "s" : "") + " drawn as this tie"));
  const list = element("ul", { class: "relations" });
  for (const index of edge.relations) list.append(relationItem(index, shown));
  body.append(list);
}

function showHint() {
  const body = byID("panel-body");
  body.replaceChildren(element("p", { class: "hint" }, "Click an actor or a tie for its evidence; search with / ; Tab moves through the actors."));
}

function changeDepth(step) {
  if (!state.actor) return;
  state.depth = Math.min(3, Math.max(0, state.depth + step));
  update();
}
