// search.js — find an actor by id, name or alias; arrows move through the matches, Enter picks.

const searchIndex = data.actors.map((actor) => ({
  id: actor.id,
  keys: [actor.name, actor.id].concat(actor.aliases).map((key) => key.toLocaleLowerCase()),
}));
let matches = [];
let activeMatch = -1;

function findActors(query) {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const scored = [];
  for (const entry of searchIndex) {
    let best = Infinity;
    for (const key of entry.keys) {
      const at = key.indexOf(q);
      if (at === 0) best = Math.min(best, key === q ? 0 : 1);
      else if (at > 0) best = Math.min(best, 2);
    }
    if (best < Infinity) scored.push({ id: entry.id, score: best });
  }
  scored.sort((a, b) => a.score - b.score || actorName(a.id).localeCompare(actorName(b.id)));
  return scored.slice(0, 12).map((s) => s.id);
}

function showMatches(sayNone = true) {
  const list = byID("search-results");
  const input = byID("search");
  list.replaceChildren();
  matches.forEach((id, index) => {
    const actor = actorByID.get(id);
    const option = element("li", { role: "option", id: "match-" + index, "aria-selected": String(index === activeMatch), "data-actor": id },
      actor.name, element("span", { class: "muted" }, " " + actor.kindLabel));
    option.addEventListener("mousedown", (event) => { event.preventDefault(); pickMatch(index); });
    list.append(option);
  });
  if (sayNone && input.value.trim() && matches.length === 0) list.append(element("li", { class: "muted", role: "option", "aria-disabled": "true" }, "no actor matches"));
  list.hidden = list.childElementCount === 0;
  input.setAttribute("aria-expanded", String(!list.hidden));
  if (activeMatch >= 0) input.setAttribute("aria-activedescendant", "match-" + activeMatch); else input.removeAttribute("aria-activedescendant");
}

function pickMatch(index) {
  const id = matches[index];
  if (!id) return;
  matches = [];
  activeMatch = -1;
  byID("search").value = actorName(id);
  showMatches(false);
  selectActor(id, { centre: true });
}

function buildSearch() {
  const input = byID("search");
  input.addEventListener("input", () => { matches = findActors(input.value); activeMatch = matches.length ? 0 : -1; showMatches(); });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && matches.length) { activeMatch = (activeMatch + 1) % matches.length; showMatches(); event.preventDefault(); }
    else if (event.key === "ArrowUp" && matches.length) { activeMatch = (activeMatch - 1 + matches.length) % matches.length; showMatches(); event.preventDefault(); }
    else if (event.key === "Enter") { pickMatch(Math.max(activeMatch, 0)); event.preventDefault(); }
    else if (event.key === "Escape") { matches = []; activeMatch = -1; showMatches(false); }
    event.stopPropagation();
  });
  input.addEventListener("blur", () => { matches = []; activeMatch = -1; showMatches(false); });
}
