// dateline dashboard: legend toggles on the article view, focus on one actor in the network,
// a place on the map shown in the table under it.
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
    // Network: clicking an actor keeps only its edges lit; clicking it again clears.
    var svg = document.querySelector("svg.network");
    if (svg) {
      var current = null;
      svg.querySelectorAll(".node").forEach(function (node) {
        node.style.cursor = "pointer";
        node.addEventListener("click", function () {
          var name = node.dataset.name;
          svg.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
          if (current === name) { current = null; svg.classList.remove("focus"); return; }
          current = name;
          svg.classList.add("focus");
          node.classList.add("lit");
          svg.querySelectorAll(".edge").forEach(function (edge) {
            if (edge.dataset.source === name || edge.dataset.target === name) {
              edge.classList.add("lit");
              svg.querySelectorAll(".node").forEach(function (n) {
                if (n.dataset.name === edge.dataset.source || n.dataset.name === edge.dataset.target) n.classList.add("lit");
              });
            }
          });
        });
      });
    }
    // Map: clicking a place scrolls to its row in the table and flashes it.
    document.querySelectorAll("svg.worldmap .pt").forEach(function (pt) {
      pt.addEventListener("click", function () {
        var row = document.getElementById("place-" + pt.dataset.i);
        if (!row) return;
        document.querySelectorAll("table.places tr.flash").forEach(function (r) { r.classList.remove("flash"); });
        row.classList.add("flash");
        row.scrollIntoView({ block: "center" });
      });
    });
  });
})();
