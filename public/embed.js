/*! Strikes on the cartels? embed host script. MIT licence. No dependencies.
 * Sizes every embed iframe on the page (iframe[data-cx-embed]) from the height messages the
 * embed posts. A message counts only if it comes from that iframe's own window and origin. */
(function () {
  if (window.cxEmbedHost) return;
  window.cxEmbedHost = true;
  var MIN = 80;
  var MAX = 6000;

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-cx-embed]');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'cx-embed:height') return;
    var frame = frameFor(event.source);
    if (!frame) return;
    var origin;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return;
    }
    if (event.origin !== origin) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
  });

  // Embeds that loaded before this script posted their height to no one: ask them again.
  function ask(frame) {
    try {
      frame.contentWindow.postMessage({ type: 'cx-embed:request-height' }, new URL(frame.src, document.baseURI).origin);
    } catch (e) {
      /* not loaded yet: its load event asks */
    }
  }
  var frames = document.querySelectorAll('iframe[data-cx-embed]');
  for (var i = 0; i < frames.length; i++) {
    ask(frames[i]);
    frames[i].addEventListener('load', function (event) {
      ask(event.target);
    });
  }
})();
