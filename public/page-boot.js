// A static page (src/prerender/) before the app takes it over: a blocking
// script in <head>, as settings-boot.js (README, "Static pages").
(function () {
  var root = document.documentElement;
  var home = document.currentScript.getAttribute('data-home');
  var path = location.pathname;
  // Not the view asked for (index.html served offline for another address,
  // another feed's, 404.html for /search): hidden until the app's first
  // render, or 5 s if it never starts.
  if ((home !== null && path !== home && path !== home + 'index.html') || /[?&]feed=/.test(location.search) || /\/search\/?$/.test(path)) {
    root.setAttribute('data-booting', '');
    setTimeout(function () { root.removeAttribute('data-booting'); }, 5000);
  }
  // A section link: Firefox scrolls to it mid-layout and fixes that only at
  // load (after the app); placed again once the stylesheets are in.
  if (location.hash.length > 1) {
    document.addEventListener('DOMContentLoaded', function () {
      var target;
      try { target = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch { return; }
      if (!target) return;
      var loading = [].filter.call(document.querySelectorAll('link[rel="stylesheet"]'), function (l) { return !l.sheet; });
      var left = loading.length + 1;
      var place = function () { if (--left === 0) target.scrollIntoView(); };
      loading.forEach(function (l) { l.addEventListener('load', place); l.addEventListener('error', place); });
      place();
    });
  }
})();
