// Reader settings before the first paint: a blocking script in <head> (the
// CSP allows no inline script). The app's src/settings/settings.ts is the
// full reading of the same storage; keep the two in step.
(function () {
  try {
    var s = JSON.parse(localStorage.getItem('ruwei.settings') || 'null');
    if (!s || s.v !== 1) return;
    var set = { theme: ['light', 'dark'], size: ['s', 'l', 'xl'], width: ['narrow', 'wide'], font: ['serif'] };
    for (var k in set) if (set[k].indexOf(s[k]) >= 0) document.documentElement.setAttribute('data-' + k, s[k]);
  } catch {
    // No storage (blocked, private mode) or no JSON: the defaults stand.
  }
})();
