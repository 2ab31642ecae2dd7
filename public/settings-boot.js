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
  try {
    var s = JSON.parse(localStorage.getItem('ruwei.settings') || 'null');
    if (!s || s.v !== 1) return;
    var set = { theme: ['light', 'dark'], size: ['s', 'l', 'xl'], width: ['narrow', 'wide'], font: ['serif'] };
    for (var k in set) if (set[k].indexOf(s[k]) >= 0) document.documentElement.setAttribute('data-' + k, s[k]);
  } catch {
    // No storage (blocked, private mode) or no JSON: the defaults stand.
  }
})();
