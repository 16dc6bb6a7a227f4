// hyde's LiveReload client: speaks the LiveReload protocol (official-7) with the
// server that served this script, plus hyde's build-error overlay.
(function () {
  "use strict";
  if (window.__hydeLiveReload) return;
  window.__hydeLiveReload = true;

  var OFFICIAL = "http://livereload.com/protocols/official-7";
  var OVERLAY = "https://hyde.invalid/protocols/error-overlay-1";
  var OVERLAY_ID = "hyde-error-overlay";

  // Options come from this script's own query: port, mindelay, maxdelay.
  function ownScript() {
    if (document.currentScript) return document.currentScript;
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      if (/\/livereload\.js(\?|$)/.test(scripts[i].src)) return scripts[i];
    }
    return null;
  }
  var script = ownScript();
  var src = script ? new URL(script.src, location.href) : new URL(location.href);
  var params = src.searchParams;
  var host = src.hostname || location.hostname || "localhost";
  var port = params.get("port") || src.port || "35729";
  var minDelay = parseInt(params.get("mindelay"), 10) || 1000;
  var maxDelay = parseInt(params.get("maxdelay"), 10) || 60000;
  var delay = minDelay;

  function showError(message) {
    var box = document.getElementById(OVERLAY_ID);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY_ID;
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
        "padding:2em;background:rgba(20,20,20,.93);color:#f8f8f8;" +
        "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap";
      var title = document.createElement("div");
      title.style.cssText = "color:#ff6b6b;font-weight:bold;margin-bottom:1em";
      title.textContent = "hyde: the build failed";
      var text = document.createElement("div");
      text.className = "hyde-error-message";
      box.appendChild(title);
      box.appendChild(text);
      (document.body || document.documentElement).appendChild(box);
    }
    box.querySelector(".hyde-error-message").textContent = message;
  }

  function clearError() {
    var box = document.getElementById(OVERLAY_ID);
    if (box) box.parentNode.removeChild(box);
  }

  function pathOf(url) {
    try {
      return new URL(url, location.href).pathname;
    } catch (e) {
      return url;
    }
  }

  // Reloads the stylesheets whose file name ends `path`, each with a fresh query;
  // all of them when none matches. The new sheet replaces the old once loaded.
  function reloadCss(path) {
    var links = Array.prototype.slice.call(
      document.querySelectorAll('link[rel~="stylesheet"][href]')
    );
    var matching = links.filter(function (l) {
      var p = pathOf(l.href);
      return p === path || p.slice(-path.length) === path;
    });
    (matching.length ? matching : links).forEach(function (link) {
      var url = new URL(link.href, location.href);
      url.searchParams.set("livereload", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.toString();
      fresh.addEventListener("load", function () {
        if (link.parentNode) link.parentNode.removeChild(link);
      });
      fresh.addEventListener("error", function () {
        if (link.parentNode) link.parentNode.removeChild(link);
      });
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
    return links.length > 0;
  }

  function reload(message) {
    var path = message.path || "";
    if (message.liveCSS !== false && /\.css$/i.test(path) && reloadCss(path)) return;
    location.reload();
  }

  function connect() {
    var ws;
    try {
      ws = new WebSocket("ws://" + host + ":" + port + "/livereload");
    } catch (e) {
      retry();
      return;
    }
    ws.onopen = function () {
      delay = minDelay;
      ws.send(JSON.stringify({ command: "hello", protocols: [OFFICIAL, OVERLAY] }));
    };
    ws.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      switch (message.command) {
        case "hello":
          ws.send(JSON.stringify({ command: "url", url: location.href }));
          break;
        case "reload":
          reload(message);
          break;
        case "alert":
          window.alert(message.message);
          break;
        case "hyde-error":
          showError(message.message || "");
          break;
        case "hyde-ok":
          clearError();
          break;
      }
    };
    ws.onclose = retry;
  }

  var pending = null;
  function retry() {
    if (pending) return;
    pending = setTimeout(function () {
      pending = null;
      connect();
    }, delay);
    delay = Math.min(delay * 2, maxDelay);
  }

  connect();
})();
