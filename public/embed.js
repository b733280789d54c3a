/*! Strikes on the cartels? embed host script. MIT licence. No dependencies.
 * Sizes every embed iframe on the page (iframe[data-cx-embed]). Until a frame reports its own
 * height, it gets the height measured for its chart at its width (the data-cx-heights attribute
 * the snippet carries), so a frame whose script cannot run or whose messages never arrive is
 * still the right size. A reported height 1-2px under that one is not applied: the frame already
 * fits, and the host page does not shift. A message counts only if it comes
 * from that iframe's own window: sandboxed frames (origin "null") and redirected ones qualify.
 * Frames get the host's theme unless their address sets ?theme or they carry data-cx-theme="os". */
(function () {
  if (window.cxEmbedHost) return;
  window.cxEmbedHost = true;
  var MIN = 80;
  var MAX = 6000;
  var SLACK = 2;
  var reported = typeof WeakSet === 'function' ? new WeakSet() : null;

  function frames() {
    return document.querySelectorAll('iframe[data-cx-embed]');
  }

  function frameFor(source) {
    var all = frames();
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === source) return all[i];
    return null;
  }

  // The height measured at this width; mirrors embedHeightAt in src/charts/embed-heights.ts.
  function measuredHeight(frame) {
    var table = (frame.getAttribute('data-cx-heights') || '').split(' ');
    var width = frame.clientWidth;
    if (table.length < 4 || !width) return 0;
    if (width >= Number(table[1])) return Number(table[2]);
    var segment = table[3].split(':');
    for (var i = 3; i < table.length; i++) if (Number(table[i].split(':')[0]) <= width) segment = table[i].split(':');
    return Math.ceil(Number(segment[1]) + Number(table[0]) * (width - Number(segment[0])));
  }

  function setHeight(frame, height) {
    frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
  }

  function fitMeasured(frame) {
    var height = measuredHeight(frame);
    if (height && !(reported && reported.has(frame))) setHeight(frame, height);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'cx-embed:height') return;
    var frame = frameFor(event.source);
    var height = data.height;
    if (!frame || typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    if (reported) reported.add(frame);
    var current = frame.getBoundingClientRect().height;
    if (height <= current && height >= current - SLACK) return;
    setHeight(frame, height);
  });

  function hostTheme(frame) {
    // The colour behind the frame: the first ancestor that paints one.
    for (var node = frame.parentElement; node; node = node.parentElement) {
      var match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(node).backgroundColor);
      if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
        var luminance = (0.2126 * match[1] + 0.7152 * match[2] + 0.0722 * match[3]) / 255;
        return luminance < 0.5 ? 'dark' : 'light';
      }
    }
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function tell(frame) {
    var win = frame.contentWindow;
    if (!win) return;
    // Neither message is secret, so '*' is safe, and it raises no error for a frame still loading.
    win.postMessage({ type: 'cx-embed:request-height' }, '*');
    if (frame.getAttribute('data-cx-theme') !== 'os' && !/[?&]theme=/.test(frame.getAttribute('src') || ''))
      win.postMessage({ type: 'cx-embed:theme', theme: hostTheme(frame) }, '*');
  }

  var watcher =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(function (entries) {
          for (var i = 0; i < entries.length; i++) fitMeasured(entries[i].target);
        })
      : null;

  function adopt(frame) {
    if (frame.cxEmbedAdopted) return;
    frame.cxEmbedAdopted = true;
    fitMeasured(frame);
    if (watcher) watcher.observe(frame);
    tell(frame);
    frame.addEventListener('load', function () {
      tell(frame);
    });
  }

  function adoptAll() {
    var all = frames();
    for (var i = 0; i < all.length; i++) adopt(all[i]);
  }
  function tellAll() {
    var all = frames();
    for (var i = 0; i < all.length; i++) tell(all[i]);
  }
  adoptAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adoptAll);
  if (typeof MutationObserver === 'function') {
    // Frames a CMS renders after this script are adopted too; other changes cost one test each.
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++)
        for (var j = 0; j < records[i].addedNodes.length; j++) {
          var node = records[i].addedNodes[j];
          if (node.nodeType === 1 && (node.tagName === 'IFRAME' || node.querySelector('iframe'))) return adoptAll();
        }
    }).observe(document.documentElement, { childList: true, subtree: true });
    // A host that switches its own theme (a class or attribute on <html> or <body>) passes it on.
    var themeWatch = new MutationObserver(tellAll);
    themeWatch.observe(document.documentElement, { attributes: true });
    if (document.body) themeWatch.observe(document.body, { attributes: true });
  }
  if (window.matchMedia) matchMedia('(prefers-color-scheme: dark)').addEventListener('change', tellAll);
})();
