// opmq export --format html: the filter. Without this script the page lists everything.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("opmq-data").textContent).e;
  var words = JSON.parse(document.getElementById("opmq-words").textContent);
  var form = document.getElementById("filter");
  var input = document.getElementById("q");
  var count = document.getElementById("count");
  var els = [], keys = [], shown = [];
  data.forEach(function (e, i) {
    els[i] = document.getElementById(e[0]);
    keys[i] = " " + e[2];
    shown[i] = true;
  });
  // Each letter group (and the OPCO list) with the entries it holds.
  var groups = Array.prototype.map.call(document.querySelectorAll(".g"), function (g) {
    return { el: g, items: [], shown: true };
  });
  var groupOf = [];
  groups.forEach(function (g, gi) {
    els.forEach(function (el, i) {
      if (el && g.el.contains(el)) { g.items.push(i); groupOf[i] = gi; }
    });
  });

  // As opmq folds text: accents and case dropped, anything else than a-z0-9 is a space.
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/œ/gi, "oe").replace(/æ/gi, "ae").replace(/ß/g, "ss")
      .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }
  // An IDCC in any form opmq accepts: 16, 0016, "IDCC 16", idcc-16, 01486.
  function idcc(s) {
    var m = /^\s*(?:idcc[\s\-:\u00a0]*)?(\d{1,5})\s*$/i.exec(s);
    if (!m) return null;
    var d = m[1];
    if (d.length === 5) {
      if (d[0] === "0") return d.slice(1);
      return d === "99998" || d === "99999" ? d : "";
    }
    return ("000" + d).slice(-4);
  }

  function apply(q) {
    var code = idcc(q);
    var ws = code === null ? fold(q).split(" ").filter(function (w) { return w && w !== "idcc"; }) : [];
    var all = code === null && ws.length === 0;
    var n = { o: 0, p: 0, b: 0 };
    for (var i = 0; i < data.length; i++) {
      var ok = all;
      if (!all) {
        if (code !== null) {
          ok = data[i][1].indexOf(code) >= 0;
        } else {
          ok = true;
          for (var j = 0; j < ws.length && ok; j++) ok = keys[i].indexOf(" " + ws[j]) >= 0;
        }
      }
      if (ok !== shown[i] && els[i]) { els[i].hidden = !ok; shown[i] = ok; }
      if (ok) n[data[i][0].charAt(0) === "o" ? (data[i][0].charAt(1) === "b" ? "o" : "p") : "b"]++;
    }
    groups.forEach(function (g) {
      var any = g.items.some(function (i) { return shown[i]; });
      if (any !== g.shown) { g.el.hidden = !any; g.shown = any; }
    });
    count.textContent = all ? "" : (n.o + n.p + n.b === 0 ? words.none :
      words.shown + " " + words.obs + " " + n.o + " · OPCO " + n.p + " · " + words.branches + " " + n.b);
  }

  function fromHash() {
    var h = location.hash;
    if (h.indexOf("#q=") !== 0) {
      // A link to an entry the filter hides: show everything, then go there.
      var target = h.length > 1 ? document.getElementById(h.slice(1)) : null;
      if (target && target.closest("[hidden]")) {
        input.value = "";
        apply("");
        target.scrollIntoView();
      }
      return false;
    }
    var q;
    try { q = decodeURIComponent(h.slice(3)); } catch (e) { q = h.slice(3); }
    input.value = q;
    apply(q);
    return true;
  }

  form.hidden = false;
  input.addEventListener("input", function () {
    var q = input.value;
    apply(q);
    var url = q ? "#q=" + encodeURIComponent(q) : location.pathname + location.search;
    try { history.replaceState(null, "", url); } catch (e) { /* some file:// setups */ }
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
