// Vitrine's search page: queries Pagefind's index (pagefind/ at the site root, built with the site)
// through its JavaScript API, behind the page's own form: the label is visible, the number of
// results is announced in the status region, and everything works with the keyboard alone.
// Loaded by /recherche/ only; no other page runs a script.

const form = document.getElementById("recherche");
const input = document.getElementById("q");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");
const selects = Array.from(form.querySelectorAll("select[data-filter]"));
const texts = form.dataset;
// This file is static/search.js: the site root is one folder up, whatever the base path.
const siteRoot = new URL("../", import.meta.url);

document.getElementById("search-nojs").hidden = true;

/** A message of the interface with its {0} (count) and {1} (query) filled in. */
function say(template, count, query) {
  return template.replace("{0}", String(count)).replace("{1}", query);
}

/** The chosen filters ({commune: "Sceaux"}). */
function chosenFilters() {
  const filters = {};
  for (const select of selects) {
    if (select.value) filters[select.dataset.filter] = select.value;
  }
  return filters;
}

// Each page carries what it is filed under as Pagefind metadata ("Transition énergétique|Climat"):
// Pagefind's own filters come out in a different order at each build, which breaks reproducible builds.
const SEPARATOR = "|";

/** Whether a result's metadata has every chosen value. */
function matches(data, filters) {
  return Object.entries(filters).every(([key, value]) => (data.meta[key] || "").split(SEPARATOR).includes(value));
}

/** One result: its title as a link, the kind of page, and the excerpt with the words marked. */
function resultItem(data) {
  const item = document.createElement("li");
  const title = document.createElement("h2");
  const link = document.createElement("a");
  // Pagefind gives the address from the server's root, base path included (it is where pagefind.js is).
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  title.append(link);
  item.append(title);
  if (data.meta.type) {
    const kind = document.createElement("p");
    kind.className = "search-kind";
    kind.textContent = data.meta.type.split(SEPARATOR).join(", ");
    item.append(kind);
  }
  const excerpt = document.createElement("p");
  // Pagefind's excerpt is text from this site's own pages, escaped, with <mark> around the words found.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

let pagefind = null;
let latest = 0;
const LIMIT = 200;

async function run() {
  const query = input.value.trim();
  const turn = ++latest;
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [key, value] of Object.entries(chosenFilters())) params.set(key, value);
  history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
  if (!query) {
    results.replaceChildren();
    status.textContent = "";
    return;
  }
  try {
    pagefind = pagefind || await import(new URL("pagefind/pagefind.js", siteRoot).href);
    const search = await pagefind.search(query);
    // The best LIMIT results are read (a fragment each), then filtered here.
    const read = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
    if (turn !== latest) return;   // a newer search started meanwhile
    const filters = chosenFilters();
    const found = read.filter((data) => matches(data, filters));
    const count = found.length;
    if (count) {
      const list = document.createElement("ol");
      list.className = "search-results";
      list.append(...found.map(resultItem));
      results.replaceChildren(list);
    } else {
      results.replaceChildren();
    }
    status.textContent = say(count === 0 ? texts.none : count === 1 ? texts.one : texts.many, count, query);
  } catch (error) {
    results.replaceChildren();
    status.textContent = texts.error;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
for (const select of selects) select.addEventListener("change", () => { if (input.value.trim()) run(); });

// An address like /recherche/?q=solaire (the header's form) searches at once.
const asked = new URLSearchParams(location.search);
input.value = asked.get("q") || "";
for (const select of selects) select.value = asked.get(select.dataset.filter) || "";
if (input.value) run();
