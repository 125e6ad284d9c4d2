// Search with Pagefind. Its script and index load only when the reader focuses
// the box (or arrives with ?q=), never on any other page.
const form = document.querySelector(".search__form");
const box = document.querySelector("#search-box");
const status = document.querySelector("#search-status");
const list = document.querySelector(".search__results");
const root = new URL("../", location.href); // the search page is one folder deep
let pagefind = null;
let latest = 0;

async function engine() {
  if (!pagefind) {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: root.pathname });
  }
  return pagefind;
}

function result(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  const excerpt = document.createElement("p");
  excerpt.innerHTML = data.excerpt; // Pagefind's text from our own pages, with <mark>
  item.append(link, excerpt);
  return item;
}

async function run(term) {
  const ticket = ++latest;
  if (!term.trim()) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const search = await (await engine()).debouncedSearch(term, {}, 200);
  if (search === null || ticket !== latest) return;
  const found = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...found.map(result));
  const count = search.results.length;
  status.textContent = `${count} result${count === 1 ? "" : "s"} for “${term}”`;
}

document.querySelector(".search__fallback").hidden = true;
box.addEventListener("focus", () => engine(), { once: true });
box.addEventListener("input", () => run(box.value));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.replaceState(null, "", `?q=${encodeURIComponent(box.value)}`);
  run(box.value);
});
const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  box.value = initial;
  run(initial);
}
