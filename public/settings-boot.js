// Before the first paint; why and what: README, "Reader settings".
(function () {
  var root = document.documentElement;
  try {
    var s = JSON.parse(localStorage.getItem('ruwei.settings') || 'null');
    var set = { theme: ['light', 'dark'], size: ['s', 'l', 'xl'], width: ['narrow', 'wide'], font: ['serif'] };
    if (s && s.v === 1) for (var k in set) if (set[k].indexOf(s[k]) >= 0) root.setAttribute('data-' + k, s[k]);
    // The browser's bar takes a chosen theme's colour (this script comes after the theme-color metas).
    var theme = root.getAttribute('data-theme');
    if (theme) [].forEach.call(document.querySelectorAll('meta[name="theme-color"]'), function (meta) {
      meta.setAttribute('media', meta.getAttribute('data-scheme') === theme ? 'all' : 'not all');
    });
  } catch {
    // No storage or no JSON: the defaults stand.
  }
  var home = document.currentScript.getAttribute('data-home');
  var path = location.pathname;
  if ((home !== null && path !== home && path !== home + 'index.html') || /[?&]feed=/.test(location.search) || /\/search\/?$/.test(path)) {
    root.setAttribute('data-booting', '');
    setTimeout(function () { root.removeAttribute('data-booting'); }, 5000);
  }
})();
