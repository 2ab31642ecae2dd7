// An article's static page (src/prerender/) before the app takes it over: a
// blocking script in <head> after settings-boot.js (README, "Static pages").
// A section link: Firefox scrolls to it mid-layout and corrects that only at
// load, which waits for the app; placed again once the stylesheets are in.
(function () {
  if (location.hash.length < 2) return;
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
})();
