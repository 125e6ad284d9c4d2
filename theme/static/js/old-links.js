// Old WordPress links such as /?p=123 land on the home page: send them on to
// the post's new address (the import wrote the map to redirects/ids.json).
const params = new URLSearchParams(location.search);
const oldId = params.get("p") || params.get("page_id");
if (oldId && /^\d+$/.test(oldId)) {
  fetch(new URL("redirects/ids.json", document.baseURI))
    .then((response) => (response.ok ? response.json() : {}))
    .then((ids) => { if (ids[oldId]) location.replace(ids[oldId]); })
    .catch(() => {});
}
