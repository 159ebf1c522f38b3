/* papernotes site: search, filters, live counts and sortable columns. Plain JS, no network. */
(function () {
  "use strict";
  // a file of papers/: the tab takes the title of the paper the address names
  var articles = document.querySelectorAll("article.paper[data-title]");
  if (!articles.length) { return; }
  var whole = document.title;
  function retitle() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = ""; }
    var shown = id ? document.getElementById(id) : null;
    document.title = shown && shown.dataset.title ? shown.dataset.title : whole;
  }
  window.addEventListener("hashchange", retitle);
  retitle();
}());

(function () {
  "use strict";
  var table = document.getElementById("papers");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById("q");
  var form = document.getElementById("filters");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var checks = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox][data-filter]"));
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");

  function state() {
    var s = { words: search.value.toLowerCase().split(/\s+/).filter(Boolean), eq: {} };
    selects.forEach(function (el) { if (el.value) { s.eq[el.dataset.filter] = el.value; } });
    checks.forEach(function (el) { if (el.checked) { s.eq[el.dataset.filter] = "1"; } });
    return s;
  }

  function matches(row, s, skip) {
    for (var key in s.eq) {
      if (key !== skip && row.dataset[key] !== s.eq[key]) { return false; }
    }
    var hay = row.dataset.q;
    for (var i = 0; i < s.words.length; i++) {
      if (hay.indexOf(s.words[i]) < 0) { return false; }
    }
    return true;
  }

  function apply() {
    var s = state();
    var n = 0;
    rows.forEach(function (row) {
      var ok = matches(row, s, null);
      row.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = String(n);
    none.hidden = n !== 0;
    selects.forEach(function (el) {  // each menu counts what the other filters leave
      var key = el.dataset.filter;
      var counts = {};
      rows.forEach(function (row) {
        if (matches(row, s, key)) { counts[row.dataset[key]] = (counts[row.dataset[key]] || 0) + 1; }
      });
      Array.prototype.forEach.call(el.options, function (opt) {
        if (opt.dataset.label !== undefined) {
          opt.textContent = opt.dataset.label + " (" + (counts[opt.value] || 0) + ")";
        }
      });
    });
    var hash = [];
    for (var key in s.eq) { hash.push(encodeURIComponent(key) + "=" + encodeURIComponent(s.eq[key])); }
    if (search.value) { hash.push("q=" + encodeURIComponent(search.value)); }
    try {  // keep the filters in the address, so a filtered view can be bookmarked
      history.replaceState(null, "", hash.length ? "#" + hash.join("&") : location.pathname + location.search);
    } catch (e) { /* some browsers refuse history changes on file:// pages; filtering still works */ }
  }

  function fromHash() {
    var h = location.hash.replace(/^#/, "");
    if (!h) { return; }
    h.split("&").forEach(function (pair) {
      var kv = pair.split("=");
      var key = decodeURIComponent(kv[0] || "");
      var value = decodeURIComponent((kv[1] || "").replace(/\+/g, " "));
      if (key === "q") { search.value = value; return; }
      selects.concat(checks).forEach(function (el) {
        if (el.dataset.filter !== key) { return; }
        if (el.type === "checkbox") { el.checked = value === "1"; } else { el.value = value; }
      });
    });
  }

  function sortBy(col, th) {
    var asc = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) {
      if (c.hasAttribute("aria-sort")) { c.setAttribute("aria-sort", "none"); }
    });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var keyed = rows.map(function (row, i) { return [row.cells[col].dataset.v || "", i, row]; });
    keyed.sort(function (a, b) {
      var x = a[0], y = b[0];
      var nx = Number(x), ny = Number(y);
      var c = (x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      if (x === "" || y === "") { c = x === y ? 0 : (x === "" ? 1 : -1); return c || a[1] - b[1]; }
      return (asc ? c : -c) || a[1] - b[1];
    });
    var frag = document.createDocumentFragment();
    rows = keyed.map(function (k) { frag.appendChild(k[2]); return k[2]; });
    body.appendChild(frag);
  }

  table.tHead.addEventListener("click", function (ev) {
    var btn = ev.target.closest("button[data-col]");
    if (btn) { sortBy(Number(btn.dataset.col), btn.parentNode); }
  });
  search.addEventListener("input", apply);
  selects.concat(checks).forEach(function (el) { el.addEventListener("change", apply); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  document.getElementById("clear2").addEventListener("click", function (ev) {
    ev.preventDefault(); form.reset(); setTimeout(apply, 0);
  });
  window.addEventListener("hashchange", function () { form.reset(); fromHash(); apply(); });
  fromHash();
  if (location.hash) { apply(); }
}());
