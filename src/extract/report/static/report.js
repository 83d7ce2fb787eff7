// extract report: tooltips on marks, the legend's toggles, sortable tables. No network.
// Values are only ever put into the page as text (textContent), never as markup.
(function () {
  "use strict";
  var tip = document.getElementById("tip");

  function markOf(node) {
    return node && node.closest ? node.closest("[data-item]") : null;
  }

  // A mark's own tooltip first, then those of the marks around it (a date inside an event).
  function describe(mark) {
    tip.textContent = "";
    for (var node = mark; node; node = markOf(node.parentElement)) {
      if (node.title) { node.dataset.tip = node.title; node.removeAttribute("title"); }
      var part = document.createElement("div");
      part.className = "part " + (node.classList.contains("role") ? "k-person" : node.className);
      part.textContent = node.dataset.tip || "";
      tip.appendChild(part);
    }
  }

  function show(mark) {
    describe(mark);
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
    mark.setAttribute("aria-describedby", "tip");
  }

  function hide(mark) {
    tip.hidden = true;
    if (mark) { mark.removeAttribute("aria-describedby"); }
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark) { show(mark); } else if (!tip.hidden && !markOf(document.activeElement)) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) { show(mark); }
  });
  document.addEventListener("focusout", function (event) { hide(markOf(event.target)); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });

  // A link to a mark (#m-p1-0, from the record's lists or the index) focuses it.
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.matches("[data-item]")) {
      target.scrollIntoView({ block: "center" });  // not against the window's top edge
      target.focus({ preventScroll: true });
      show(target);
    }
  }
  window.addEventListener("hashchange", focusTarget);

  // The legend's buttons show or hide one category's highlighting.
  var text = document.getElementById("text");
  document.querySelectorAll("[data-toggle]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(on));
      if (text) { text.classList.toggle("hide-" + button.dataset.toggle, !on); }
    });
  });

  // Sortable tables: a click on a column's heading sorts its rows (numbers as numbers).
  function cellKey(row, column) {
    var cell = row.cells[column];
    var value = cell ? (cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim()) : "";
    var number = Number(value);
    return value !== "" && !isNaN(number) ? { n: number } : { s: value.toLowerCase() };
  }

  function compare(a, b) {
    if (a.n !== undefined && b.n !== undefined) { return a.n - b.n; }
    if (a.n !== undefined) { return -1; }
    if (b.n !== undefined) { return 1; }
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }

  function sortBy(table, th, column) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th[aria-sort]").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.map.call(body.rows, function (row, index) {
      return { row: row, key: cellKey(row, column), index: index };
    });
    rows.sort(function (a, b) { return (ascending ? 1 : -1) * compare(a.key, b.key) || a.index - b.index; });
    rows.forEach(function (item) { body.appendChild(item.row); });
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th, column); });
    });
  });

  // The document list's filters: by words of the title or id, and by warning code.
  document.querySelectorAll("div.filters").forEach(function (filters) {
    var table = filters.nextElementSibling;
    var name = filters.querySelector("[data-filter=name]");
    var code = filters.querySelector("[data-filter=code]");
    var shown = filters.querySelector(".shown");
    function apply() {
      var words = name.value.trim().toLowerCase();
      var count = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var codes = (row.dataset.codes || "").split(" ");
        var keep = (!words || row.dataset.name.indexOf(words) >= 0) && (!code.value || codes.indexOf(code.value) >= 0);
        row.hidden = !keep;
        if (keep) { count += 1; }
      });
      shown.textContent = words || code.value ? count + " shown" : "";
    }
    name.addEventListener("input", apply);
    code.addEventListener("change", apply);
  });

  focusTarget();
  document.documentElement.dataset.ready = "1";
})();
