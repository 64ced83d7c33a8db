// textmine review page. Renders the embedded data (#tm-data) on demand.
// Every piece of data reaches the page through text nodes or attribute
// properties, never through HTML parsing: article text cannot become markup.
(function () {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const PAGE = 100;
  const THEME_COLOURS = ["#3b6fb6", "#c0504d", "#4f8f3a", "#8064a2", "#d08a1e", "#2c9aa8", "#b5487e", "#6b7d2a", "#7a5a3a", "#4a5a7a"];
  let D = null;            // the data
  const S = { hidden: new Set(), pinned: null, tab: "overview", indexLabel: null, indexFilter: "", indexPage: 0,
              figSort: ["value", -1], figFilter: "", figPage: 0, figures: null, cps: null, doc: -1 };

  // ---- DOM helpers -------------------------------------------------------
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
      else if (key === "on") for (const [k, v] of Object.entries(value)) node.addEventListener(k, v);
      else if (key === "href") node.setAttribute("href", String(value).startsWith("#") ? value : "#");
      else if (key in node) node[key] = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of present(children)) node.append(child instanceof Node ? child : String(child));
    return node;
  }
  const present = (children) => children.flat().filter((c) => c !== null && c !== undefined && c !== false);
  function fill(node, ...children) { node.replaceChildren(...present(children)); return node; }
  function add(node, ...children) { node.append(...present(children)); return node; }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    for (const child of present(children)) node.append(child instanceof Node ? child : String(child));
    return node;
  }
  const $ = (id) => document.getElementById(id);
  const docHref = (i, extra) => "#doc=" + encodeURIComponent(D.docs[i].id) + (extra || "");
  const docName = (i) => D.docs[i].title || D.docs[i].id;
  const fmt = (x) => (typeof x === "number" ? (Number.isInteger(x) ? x.toLocaleString("en") : String(x)) : x === null || x === undefined ? "—" : String(x));
  const short = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
  function themeChip(t, score) {
    const chip = h("span", { class: "chip theme", title: D.taxonomy[t].id + (score === undefined ? "" : " · score " + score) },
      D.taxonomy[t].label, score === undefined ? null : " " + Number(score).toFixed(2));
    chip.style.background = THEME_COLOURS[t % THEME_COLOURS.length];
    return chip;
  }
  function swatch(l) {
    const node = h("span", { class: "swatch" });
    node.style.background = D.colours[l];
    return node;
  }

  // ---- data --------------------------------------------------------------
  async function loadData() {
    const node = $("tm-data");
    if (node.dataset.encoding === "gzip+base64") {
      if (typeof DecompressionStream === "undefined") throw new Error("this browser cannot decompress the embedded data; regenerate the page with: textmine report OUT --compress never");
      const bin = atob(node.textContent.trim());
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      return JSON.parse(await new Response(stream).text());
    }
    return JSON.parse(node.textContent);
  }
  const spanLabel = (s) => D.labels[s[2]];
  const spanAttrs = (s) => (s[4] >= 0 ? D.attrs[s[4]] : {});
  const spanText = (s, cps) => cps.slice(s[0], s[1]).join("");
  const spanNorm = (s, cps) => (s[3] >= 0 ? D.strings[s[3]] : spanText(s, cps));
  function spanKey(s, cps) {
    const c = spanAttrs(s).canonical;
    return typeof c === "string" && c ? c : spanNorm(s, cps);
  }
  function codePoints(i) {
    if (S.doc !== i) { S.doc = i; S.cps = Array.from(D.docs[i].text); }
    return S.cps;
  }

  // ---- routing -----------------------------------------------------------
  function route() {
    const params = new URLSearchParams(location.hash.slice(1));
    S.pinned = null;
    if (params.has("doc")) {
      const i = D.docs.findIndex((d) => d.id === params.get("doc"));
      if (i >= 0) return showDoc(i, params);
    }
    if (!params.has("corpus") && D.docs.length === 1) return showDoc(0, params);
    if (params.get("corpus")) S.tab = params.get("corpus");
    return showCorpus();
  }

  function renderSide() {
    const list = $("doc-list");
    list.replaceChildren(...D.docs.map((d, i) => h("li", { data: { i }, title: d.id },
      h("a", { href: docHref(i) }, short(docName(i), 40)), h("small", {}, d.spans.length))));
    $("doc-filter").addEventListener("input", (ev) => {
      const q = ev.target.value.trim().toLowerCase();
      for (const li of list.children) {
        const d = D.docs[+li.dataset.i];
        li.hidden = q !== "" && !(d.id.toLowerCase().includes(q) || d.title.toLowerCase().includes(q));
      }
    });
  }
  function markCurrent(i) {
    for (const li of $("doc-list").children) li.classList.toggle("current", +li.dataset.i === i);
  }

  // ---- article view ------------------------------------------------------
  function legend(doc) {
    const counts = D.labels.map(() => 0);
    for (const s of doc.spans) counts[s[2]]++;
    return h("div", { class: "legend", id: "legend" }, D.labels.map((label, l) => h("label", { class: counts[l] ? "" : "zero" },
      h("input", { type: "checkbox", checked: !S.hidden.has(label), data: { label },
        on: { change: (ev) => { if (ev.target.checked) S.hidden.delete(label); else S.hidden.add(label); applyFilters(); } } }),
      swatch(l), label, h("small", { class: "muted" }, " " + counts[l]))));
  }
  function applyFilters() {
    const main = $("main");
    D.labels.forEach((label, l) => main.classList.toggle("hide-L" + l, S.hidden.has(label)));
  }

  function compareFrags(a, b) { return a.s - b.s || b.e - a.e || a.l - b.l || a.i - b.i; }
  // Split spans that cross another span's end so the fragments nest (a laminar family);
  // fragments keep the index of their span, so every piece shows the same attributes.
  function laminate(frags) {
    const queue = frags.slice().sort(compareFrags), out = [], stack = [];
    for (let k = 0; k < queue.length; k++) {
      let f = queue[k];
      while (stack.length && stack[stack.length - 1].e <= f.s) stack.pop();
      const top = stack[stack.length - 1];
      if (top && f.e > top.e) {
        const rest = { s: top.e, e: f.e, l: f.l, i: f.i };
        f = { s: f.s, e: top.e, l: f.l, i: f.i };
        let j = k + 1;
        while (j < queue.length && compareFrags(queue[j], rest) < 0) j++;
        queue.splice(j, 0, rest);
      }
      out.push(f);
      stack.push(f);
    }
    return out;
  }
  function renderRange(container, cps, from, to, frags) {
    const stack = [{ node: container, e: to, h: 0 }];
    let cur = from;
    const close = () => {
      const top = stack.pop();
      if (cur < top.e) { top.node.append(cps.slice(cur, top.e).join("")); cur = top.e; }
      top.node.style.setProperty("--h", top.h);
      const parent = stack[stack.length - 1];
      parent.h = Math.max(parent.h, top.h + 1);
    };
    for (const f of frags) {
      while (stack.length > 1 && stack[stack.length - 1].e <= f.s) close();
      if (cur < f.s) { stack[stack.length - 1].node.append(cps.slice(cur, f.s).join("")); cur = f.s; }
      const mark = h("mark", { class: "m L" + f.l, data: { i: f.i, label: D.labels[f.l] }, tabIndex: 0 });
      stack[stack.length - 1].node.append(mark);
      stack.push({ node: mark, e: f.e, h: 0 });
    }
    while (stack.length > 1) close();
    if (cur < to) container.append(cps.slice(cur, to).join(""));
  }
  function paragraphs(doc, cps) {
    const paras = doc.paras.length ? doc.paras : [[0, cps.length, [], null]];
    return paras.map((p, n) => {
      const frags = [];
      doc.spans.forEach((s, i) => { if (s[0] < p[1] && s[1] > p[0]) frags.push({ s: Math.max(s[0], p[0]), e: Math.min(s[1], p[1]), l: s[2], i }); });
      const text = h("div", { class: "ptext" });
      renderRange(text, cps, p[0], p[1], laminate(frags));
      const margin = h("div", { class: "pmargin" }, h("span", { class: "pnum" }, "¶ " + n),
        (p[2] || []).map(([t, score]) => themeChip(t, score)),
        p[3] === null || p[3] === undefined ? null : h("span", { class: "chip", title: "paragraph cluster" }, "cluster " + p[3]));
      return h("div", { class: "para", id: "p" + n }, text, margin);
    });
  }

  const ATTR_ORDER = ["value", "approx", "unit", "subject", "kind", "level", "canonical", "quoted", "title", "resolved"];
  function attrTable(attrs) {
    const rank = (k) => (ATTR_ORDER.includes(k) ? ATTR_ORDER.indexOf(k) : ATTR_ORDER.length);
    const keys = Object.keys(attrs).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    if (!keys.length) return h("p", { class: "muted" }, "no attributes");
    return h("table", { class: "attrs" }, keys.map((k) => h("tr", {}, h("td", {}, k),
      h("td", {}, attrs[k] !== null && typeof attrs[k] === "object" ? JSON.stringify(attrs[k]) : attrs[k] === null ? "null (unknown)" : String(attrs[k])))));
  }
  function spanCard(doc, i, cps) {
    const s = doc.spans[i], text = spanText(s, cps), norm = spanNorm(s, cps);
    return h("div", { class: "span-card L" + s[2] },
      h("div", {}, h("span", { class: "lab" }, spanLabel(s)), h("span", { class: "muted" }, "  " + s[0] + "–" + s[1])),
      h("div", { class: "stext" }, text),
      norm !== text ? h("div", { class: "muted" }, "norm: " + norm) : null,
      attrTable(spanAttrs(s)));
  }
  function showSpans(doc, indices, pinned) {
    const panel = $("panel"), cps = codePoints(S.doc);
    for (const m of document.querySelectorAll("mark.sel")) m.classList.remove("sel");
    if (!indices.length) { panel.replaceChildren(h("h3", {}, "Spans"), h("p", { class: "muted" }, "Hover or click a highlighted span to see its attributes; nested spans are listed innermost first.")); return; }
    for (const i of indices.slice(0, 1)) for (const m of document.querySelectorAll('mark[data-i="' + i + '"]')) m.classList.add("sel");
    fill(panel, h("h3", {}, indices.length > 1 ? indices.length + " nested spans" : "Span"),
      pinned ? h("p", { class: "pinned" }, "Pinned: click the text elsewhere or press Esc to release.") : null,
      indices.map((i) => spanCard(doc, i, cps)));
  }
  function chainAt(target) {
    const out = [];
    for (let m = target.closest("mark.m"); m; m = m.parentElement.closest("mark.m")) {
      if (!S.hidden.has(m.dataset.label) && !out.includes(+m.dataset.i)) out.push(+m.dataset.i);
    }
    return out;
  }

  function spanList(doc, cps) {
    const details = h("details", { id: "span-list" }, h("summary", {}, "All spans (" + doc.spans.length + ")"));
    details.addEventListener("toggle", () => {
      if (!details.open || details.querySelector("table")) return;
      details.append(h("table", {}, h("tr", {}, ["label", "text", "start", "end", "attributes"].map((x) => h("th", {}, x))),
        doc.spans.map((s, k) => h("tr", {}, h("td", {}, spanLabel(s)),
          h("td", {}, h("a", { href: docHref(S.doc, "&span=" + k) }, spanText(s, cps))),
          h("td", { class: "num" }, s[0]), h("td", { class: "num" }, s[1]),
          h("td", { class: "muted" }, short(JSON.stringify(spanAttrs(s)), 120))))));
    });
    return details;
  }

  function showDoc(i, params) {
    const doc = D.docs[i], cps = codePoints(i), main = $("main");
    markCurrent(i);
    $("nav-doc").textContent = "› " + short(docName(i), 50);
    document.title = docName(i) + " — " + D.title;
    const cluster = doc.cluster ? h("span", { class: "chip", title: "article cluster" }, "cluster " + doc.cluster[0] + ": " + doc.cluster[1].slice(0, 6).join("、")) : null;
    const text = h("div", { class: "text", id: "text" }, paragraphs(doc, cps));
    fill(main,
      h("h2", {}, docName(i)),
      h("div", { class: "meta" }, [doc.id, doc.source, doc.script, doc.date].filter(Boolean).join(" · ") + " · " + cps.length + " characters · " + doc.spans.length + " spans"),
      h("div", { class: "chips" }, doc.themes.length ? "Themes:" : null, doc.themes.map(([t, sc]) => themeChip(t, sc)), cluster),
      doc.keywords.length ? h("div", { class: "chips" }, "Keywords:", doc.keywords.map(([k, w]) => h("span", { class: "chip", title: "weight " + w }, k))) : null,
      legend(doc), text, spanList(doc, cps));
    applyFilters();
    $("panel").hidden = false;
    showSpans(doc, [], false);
    text.addEventListener("mouseover", (ev) => { if (S.pinned === null) showSpans(doc, chainAt(ev.target), false); });
    text.addEventListener("click", (ev) => {
      const chain = chainAt(ev.target);
      S.pinned = chain.length ? chain : null;
      showSpans(doc, chain, chain.length > 0);
    });
    text.addEventListener("focusin", (ev) => { const chain = chainAt(ev.target); if (chain.length) { S.pinned = chain; showSpans(doc, chain, true); } });
    focusFromParams(doc, cps, params);
  }
  function focusFromParams(doc, cps, params) {
    let first = null;
    if (params.has("span")) {
      const k = +params.get("span");
      if (k >= 0 && k < doc.spans.length) { S.pinned = [k]; showSpans(doc, [k], true); first = document.querySelector('mark[data-i="' + k + '"]'); }
    } else if (params.has("key")) {
      const [label, ...rest] = params.get("key").split(":"), key = rest.join(":");
      doc.spans.forEach((s, k) => {
        if (spanLabel(s) === label && spanKey(s, cps) === key) for (const m of document.querySelectorAll('mark[data-i="' + k + '"]')) { m.classList.add("flash"); first = first || m; }
      });
    } else if (params.has("p")) {
      first = $("p" + params.get("p"));
      if (first) first.classList.add("flash-para");
    }
    if (first) first.scrollIntoView({ block: "center" });
    else $("main").scrollTop = 0;
  }

  // ---- charts (inline SVG) -------------------------------------------------
  function barChart(title, rows, colour) {
    const width = 560, labelW = 170, rowH = 22, top = 24, max = Math.max(1, ...rows.map((r) => r.value));
    const chart = svg("svg", { class: "chart", width, height: top + rows.length * rowH + 6, role: "img", "aria-label": title },
      svg("text", { x: 0, y: 14, "font-weight": 600 }, title));
    rows.forEach((r, n) => {
      const y = top + n * rowH, w = Math.max(1, Math.round((width - labelW - 60) * r.value / max));
      const bar = svg("g", {}, svg("title", {}, r.label + ": " + r.value + (r.note ? " (" + r.note + ")" : "")),
        svg("text", { x: labelW - 6, y: y + 15, "text-anchor": "end" }, short(r.label, 14)),
        svg("rect", { x: labelW, y: y + 3, width: w, height: rowH - 7, rx: 2, fill: r.colour || colour }),
        svg("text", { class: "val", x: labelW + w + 5, y: y + 15 }, fmt(r.value)));
      chart.append(r.href ? svg("a", { href: r.href }, bar) : bar);
    });
    if (!rows.length) chart.append(svg("text", { x: 0, y: top + 14, class: "val" }, "nothing to show"));
    return chart;
  }
  function themeRows(column) {
    return D.totals.filter((t) => t[column] > 0).sort((a, b) => b[column] - a[column])
      .map((t) => ({ label: D.taxonomy[t[0]].label, value: t[column], colour: THEME_COLOURS[t[0] % THEME_COLOURS.length], note: D.taxonomy[t[0]].id }));
  }

  // ---- corpus view -------------------------------------------------------
  function showCorpus() {
    markCurrent(-1);
    $("nav-doc").textContent = "";
    $("panel").hidden = true;
    document.title = D.title;
    const tabs = [["overview", "Overview"], ["themes", "Themes & clusters"], ["index", "Index"], ["figures", "Figures"]];
    if (!tabs.some(([k]) => k === S.tab)) S.tab = "overview";
    const body = h("div", { id: "corpus-body" });
    fill($("main"), h("h2", {}, "Corpus"),
      h("div", { class: "tabs", role: "tablist" }, tabs.map(([key, name]) => h("a", { href: "#corpus=" + key, role: "tab" },
        h("button", { type: "button", class: S.tab === key ? "on" : "", tabIndex: -1 }, name)))), body);
    ({ overview, themes: themesTab, index: indexTab, figures: figuresTab })[S.tab](body);
  }

  function overview(body) {
    const counts = D.labels.map(() => 0);
    for (const d of D.docs) for (const s of d.spans) counts[s[2]]++;
    const slogans = (D.index.SLOGAN || []).slice(0, 15).map((r) => ({ label: r[0], value: r[1], href: r[2].length ? docHref(r[2][0], "&key=" + encodeURIComponent("SLOGAN:" + r[0])) : null }));
    add(body,
      h("div", { class: "cards" }, h("div", { class: "card" }, h("div", { class: "big" }, fmt(D.docs.length)), "articles"),
        h("div", { class: "card" }, h("div", { class: "big" }, fmt(counts.reduce((a, b) => a + b, 0))), "spans"),
        D.labels.map((label, l) => h("div", { class: "card" }, h("div", { class: "big" }, fmt(counts[l])), swatch(l), label))),
      h("p", { class: "meta" }, D.generator + " · pipeline " + (D.pipelines.map((p) => p.join(" ")).join(", ") || "unknown")),
      D.pipelines.length > 1 ? h("p", { class: "error" }, "These documents come from " + D.pipelines.length + " different pipeline configurations.") : null,
      h("div", { class: "charts" },
        barChart("Spans by label", D.labels.map((label, l) => ({ label, value: counts[l], colour: D.colours[l] })), "#888"),
        barChart("Articles by top theme", themeRows(1), "#888"),
        barChart("Paragraphs by top theme", themeRows(2), "#888"),
        barChart("Top slogans", slogans, D.colours[D.labels.indexOf("SLOGAN")] || "#e07b00")));
  }

  function memberLinks(members, level) {
    const link = (m) => (level === "article" ? h("a", { href: docHref(m[0]) }, short(docName(m[0]), 30))
      : h("a", { href: docHref(m[0], "&p=" + m[1]) }, short(D.docs[m[0]].id, 24) + " ¶" + m[1]));
    const shown = members.slice(0, 8).map(link), wrap = h("span", { class: "chips" }, shown);
    if (members.length > 8) {
      wrap.append(h("button", { type: "button", on: { click: (ev) => { ev.target.replaceWith(...members.slice(8, 508).map(link)); } } }, "+" + (members.length - 8) + " more"));
    }
    return wrap;
  }
  function themesTab(body) {
    const rows = D.taxonomy.map((t, k) => [t, D.totals.find((x) => x[0] === k) || [k, 0, 0], k]);
    add(body, h("h3", {}, "Themes"),
      rows.length ? h("table", {}, h("tr", {}, h("th", {}, "theme"), h("th", {}, "id"), h("th", { class: "num" }, "articles"), h("th", { class: "num" }, "paragraphs")),
        rows.map(([t, tot, k]) => h("tr", {}, h("td", {}, themeChip(k)), h("td", { class: "muted" }, t.id), h("td", { class: "num" }, tot[1]), h("td", { class: "num" }, tot[2]))))
        : h("p", { class: "muted" }, "No themes in these outputs."));
    for (const [level, name] of [["article", "Article clusters"], ["paragraph", "Paragraph clusters"]]) {
      const clusters = D.clusters[level] || [];
      add(body, h("h3", {}, name + " (" + clusters.length + ")"), clusters.length ? h("table", {},
        h("tr", {}, h("th", { class: "num" }, "id"), h("th", { class: "num" }, "size"), h("th", {}, "top terms"), h("th", {}, "members")),
        clusters.map((c) => h("tr", {}, h("td", { class: "num" }, c[0]), h("td", { class: "num" }, c[1]), h("td", { class: "terms" }, c[2].join("、")), h("td", {}, memberLinks(c[3], level)))))
        : h("p", { class: "muted" }, "No clusters in these outputs."));
    }
  }

  function pager(total, page, onPage) {
    const pages = Math.max(1, Math.ceil(total / PAGE));
    return h("div", { class: "pager" },
      h("button", { type: "button", disabled: page <= 0, on: { click: () => onPage(page - 1) } }, "‹ prev"),
      h("span", { class: "muted" }, "page " + (page + 1) + " of " + pages + " · " + total + " rows"),
      h("button", { type: "button", disabled: page >= pages - 1, on: { click: () => onPage(page + 1) } }, "next ›"));
  }
  function searchBox(value, placeholder, onInput) {
    const box = h("input", { type: "search", value, placeholder, "aria-label": placeholder });
    box.addEventListener("input", () => onInput(box.value));
    return box;
  }

  function indexTab(body) {
    const labels = Object.keys(D.index);
    if (!labels.length) { body.append(h("p", { class: "muted" }, "No index: no DEPARTMENT, SLOGAN, PERSON or PLACE spans.")); return; }
    if (!labels.includes(S.indexLabel)) S.indexLabel = labels.includes("DEPARTMENT") ? "DEPARTMENT" : labels[0];
    const table = h("div");
    const draw = () => {
      const q = S.indexFilter.trim().toLowerCase();
      const rows = D.index[S.indexLabel].filter((r) => !q || r[0].toLowerCase().includes(q) || r[3].some((v) => v[0].toLowerCase().includes(q)));
      S.indexPage = Math.min(S.indexPage, Math.max(0, Math.ceil(rows.length / PAGE) - 1));
      const page = rows.slice(S.indexPage * PAGE, (S.indexPage + 1) * PAGE);
      fill(table, h("table", { id: "index-table" },
        h("tr", {}, h("th", {}, S.indexLabel), h("th", { class: "num" }, "count"), h("th", {}, "surface variants"), h("th", {}, "articles")),
        page.map((r) => h("tr", {},
          h("td", {}, r[2].length ? h("a", { href: docHref(r[2][0], "&key=" + encodeURIComponent(S.indexLabel + ":" + r[0])) }, r[0]) : r[0]),
          h("td", { class: "num" }, r[1]),
          h("td", { class: "muted" }, r[3].map(([v, n]) => v + " ×" + n).join("; ")),
          h("td", {}, memberLinks(r[2].map((a) => [a]), "article"))))),
      pager(rows.length, S.indexPage, (p) => { S.indexPage = p; draw(); }));
    };
    body.append(h("div", { class: "tabs" }, labels.map((label) => h("button", { type: "button", class: label === S.indexLabel ? "on" : "",
      on: { click: () => { S.indexLabel = label; S.indexPage = 0; showCorpus(); } } }, label + " (" + D.index[label].length + ")"))),
      h("div", { class: "toolbar" }, searchBox(S.indexFilter, "Filter names", (v) => { S.indexFilter = v; S.indexPage = 0; draw(); })), table);
    draw();
  }

  function figureRows() {
    if (S.figures) return S.figures;
    const rows = [], fig = D.labels.indexOf("FIGURE");
    D.docs.forEach((d, di) => {
      let cps = null;
      d.spans.forEach((s, k) => {
        if (s[2] !== fig) return;
        cps = cps || Array.from(d.text);
        const a = spanAttrs(s), para = d.paras.find((p) => p[0] <= s[0] && s[0] < p[1]) || [0, cps.length];
        const from = Math.max(para[0], s[0] - 18), to = Math.min(para[1], s[1] + 18);
        rows.push({ value: typeof a.value === "number" ? a.value : null, approx: a.approx ?? null, unit: a.unit ?? null, subject: a.subject ?? null,
          text: spanText(s, cps), article: di, start: s[0], span: k,
          context: [cps.slice(from, s[0]).join(""), spanText(s, cps), cps.slice(s[1], to).join("")] });
      });
    });
    return (S.figures = rows);
  }
  function figuresTab(body) {
    const cols = [["value", "value", true], ["approx", "approx"], ["unit", "unit"], ["subject", "subject"], ["text", "span"], ["article", "article"], ["context", "context"]];
    const table = h("div");
    const draw = () => {
      const [key, dir] = S.figSort, q = S.figFilter.trim().toLowerCase();
      const sortKey = (r) => (key === "article" ? docName(r.article) : key === "context" ? r.context.join("") : r[key]);
      let rows = figureRows().filter((r) => !q || [r.text, r.subject, r.unit, D.docs[r.article].id, docName(r.article)].some((x) => x && String(x).toLowerCase().includes(q)));
      rows = rows.slice().sort((a, b) => {
        const x = sortKey(a), y = sortKey(b);
        if (x === null || x === undefined) return y === null || y === undefined ? a.article - b.article || a.start - b.start : 1;
        if (y === null || y === undefined) return -1;
        return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * dir || a.article - b.article || a.start - b.start;
      });
      S.figPage = Math.min(S.figPage, Math.max(0, Math.ceil(rows.length / PAGE) - 1));
      fill(table, h("table", { id: "figure-table" },
        h("tr", {}, cols.map(([k, name, num]) => h("th", { class: num ? "num" : "", "aria-sort": k === key ? (dir > 0 ? "ascending" : "descending") : "none" },
          h("button", { type: "button", data: { sort: k }, on: { click: () => { S.figSort = [k, k === key ? -dir : k === "value" ? -1 : 1]; S.figPage = 0; draw(); } } },
            name + (k === key ? (dir > 0 ? " ▲" : " ▼") : ""))))),
        rows.slice(S.figPage * PAGE, (S.figPage + 1) * PAGE).map((r) => h("tr", {},
          h("td", { class: "num" }, fmt(r.value)), h("td", {}, fmt(r.approx)), h("td", {}, fmt(r.unit)), h("td", {}, fmt(r.subject)),
          h("td", {}, h("a", { href: docHref(r.article, "&span=" + r.span) }, r.text)),
          h("td", {}, h("a", { href: docHref(r.article) }, short(docName(r.article), 24))),
          h("td", { class: "ctx" }, "…" + r.context[0], h("b", {}, r.context[1]), r.context[2] + "…")))),
      pager(rows.length, S.figPage, (p) => { S.figPage = p; draw(); }));
    };
    body.append(h("div", { class: "toolbar" }, searchBox(S.figFilter, "Filter figures", (v) => { S.figFilter = v; S.figPage = 0; draw(); })), table);
    draw();
  }

  // ---- start -------------------------------------------------------------
  async function start() {
    try {
      D = await loadData();
    } catch (err) {
      $("main").replaceChildren(h("p", { class: "error" }, "Cannot read the report data: " + err.message));
      return;
    }
    $("title").textContent = D.title;
    $("summary").textContent = D.docs.length + (D.docs.length === 1 ? " article" : " articles");
    renderSide();
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && S.pinned !== null && S.doc >= 0 && !$("panel").hidden) { S.pinned = null; showSpans(D.docs[S.doc], [], false); }
    });
    window.addEventListener("hashchange", route);
    route();
    document.body.dataset.ready = "1";
  }
  start();
})();
