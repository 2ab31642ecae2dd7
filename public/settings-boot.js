// Reader settings before the first paint: a blocking script in <head> (the
// CSP allows no inline script). The app's src/settings/settings.ts is the
// full reading of the same storage; keep the two in step.
(function () {
  // A static page under another feed's address (`?feed=`), or 404.html answering the search view, shows
  // what the app is about to replace: hidden until the app's first commit, or shown after a few seconds
  // if the app never starts.
  if (/[?&]feed=/.test(location.search) || /\/search\/?$/.test(location.pathname)) {
    var root = document.documentElement;
    root.setAttribute('data-booting', '');
    setTimeout(function () { root.removeAttribute('data-booting'); }, 5000);
  }
  // A section link on a static page: Firefox scrolls to it while the page is still being laid out and
  // corrects that only at the load event, which waits for the app's script; placed again once the
  // parsed page has its stylesheets, it is under the header from the first paint in every engine.
  if (location.hash.length > 1) {
    document.addEventListener('DOMContentLoaded', function () {
      var target;
      try { target = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch { return; }
      if (!target) return;
      var loading = [].filter.call(document.querySelectorAll('link[rel="stylesheet"]'), function (link) { return !link.sheet; });
      var left = loading.length + 1;
      var place = function () { if (--left === 0) target.scrollIntoView(); };
      loading.forEach(function (link) { link.addEventListener('load', place); link.addEventListener('error', place); });
      place();
    });
  }
  try {
    var s = JSON.parse(localStorage.getItem('ruwei.settings') || 'null');
    if (!s || s.v !== 1) return;
    var set = { theme: ['light', 'dark'], size: ['s', 'l', 'xl'], width: ['narrow', 'wide'], font: ['serif'] };
    for (var k in set) if (set[k].indexOf(s[k]) >= 0) document.documentElement.setAttribute('data-' + k, s[k]);
  } catch {
    // No storage (blocked, private mode) or no JSON: the defaults stand.
  }
})();
