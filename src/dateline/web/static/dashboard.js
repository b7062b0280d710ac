// dateline dashboard: legend toggles on the article view, focus on one actor in the network,
// a place on the map shown in the table under it, the modes of the chosen event type.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Article view: each legend checkbox hides or shows one kind of highlight.
    document.querySelectorAll(".legend input[data-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
      });
    });
    // Article view: the quote or event named in the URL's #fragment is scrolled to and flashed.
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) {
        target.scrollIntoView({ block: "center" });
        target.classList.add("flash");
      }
    }
    // Event filters: the mode list offers the chosen type's modes only.
    document.querySelectorAll("form.filters").forEach(function (form) {
      var type = form.querySelector('select[name="type"]');
      var mode = form.querySelector('select[name="mode"]');
      if (!type || !mode) return;
      var sync = function () {
        mode.querySelectorAll("optgroup").forEach(function (g) {
          var off = type.value !== "" && g.label !== type.value;
          g.hidden = off;
          g.disabled = off;
        });
        var chosen = mode.options[mode.selectedIndex];
        if (chosen && chosen.parentNode.disabled) mode.value = "";
      };
      type.addEventListener("change", sync);
      sync();
    });
    // Network: pointing at an actor keeps only its edges lit (a click opens its events).
    var svg = document.querySelector("svg.network");
    if (svg) {
      var current = null;
      svg.querySelectorAll(".node").forEach(function (node) {
        node.style.cursor = "pointer";
        node.addEventListener("mouseleave", function () {
          current = null;
          svg.classList.remove("focus");
          svg.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
        });
        node.addEventListener("mouseenter", function () {
          var name = node.dataset.key;
          svg.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
          current = name;
          svg.classList.add("focus");
          node.classList.add("lit");
          svg.querySelectorAll(".edge").forEach(function (edge) {
            if (edge.dataset.sourceKey === name || edge.dataset.targetKey === name) {
              edge.classList.add("lit");
              svg.querySelectorAll(".node").forEach(function (n) {
                if (n.dataset.key === edge.dataset.sourceKey || n.dataset.key === edge.dataset.targetKey) n.classList.add("lit");
              });
            }
          });
        });
      });
    }
    // Map: pointing at a place flashes its row in the table (a click opens its events).
    document.querySelectorAll("svg.worldmap .pt").forEach(function (pt) {
      pt.addEventListener("mouseenter", function () {
        var row = document.getElementById("place-" + pt.dataset.i);
        if (!row) return;
        document.querySelectorAll("table.places tr.flash").forEach(function (r) { r.classList.remove("flash"); });
        row.classList.add("flash");
      });
    });
  });
})();
