// A static page (src/prerender/) before the app takes it over: a blocking
// script in <head>, as settings-boot.js (README, "Static pages").
(function () {
  var root = document.documentElement;
  // Not the view the address asks for (another feed's, or 404.html for /search):
  // hidden until the app's first render, or 5 s if the app never starts.
  if (/[?&]feed=/.test(location.search) || /\/search\/?$/.test(location.pathname)) {
    root.setAttribute('data-booting', '');
    setTimeout(function () { root.removeAttribute('data-booting'); }, 5000);
  }
  // A section link: Firefox scrolls to it mid-layout and corrects that only at
  // load, which waits for the app; placed again once the stylesheets are in.
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
})();
