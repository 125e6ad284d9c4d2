// A page view for plugins/analytics (see the README): no cookie, and none under Do Not Track or GPC.
(() => {
  const n = navigator, d = document, l = location, s = screen, r = d.referrer, t = d.title;
  const { provider: p, endpoint, site } = d.currentScript.dataset;
  if (n.doNotTrack == "1" || n.globalPrivacyControl) return;
  const json = p == "umami";
  const query = p == "goatcounter" ? "?" + new URLSearchParams({ p: l.pathname, r, t, s: [s.width, s.height, devicePixelRatio] }) : "";
  const body = {
    plausible: { n: "pageview", u: l.origin + l.pathname, d: site, r: r || null, w: innerWidth },
    umami: { type: "event", payload: { website: site, hostname: l.hostname, language: n.language, referrer: r, title: t, url: l.pathname, screen: s.width + "x" + s.height } },
  }[p];
  fetch(endpoint + query, {
    method: "POST",
    body: body && JSON.stringify(body),
    headers: json ? { "Content-Type": "application/json" } : {},
    mode: json ? "cors" : "no-cors",
    credentials: "omit",
    keepalive: true,
  }).catch(() => {});
})();
