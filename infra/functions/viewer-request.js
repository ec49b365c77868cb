// CloudFront Function (cloudfront-js-2.0), viewer request, on every behaviour.
// This file ships as it is: a plain script with a top-level `handler`, whose only module syntax
// is the runtime's own `cloudfront` module (the key value store). The runtime is ES 5.1 plus a
// few later features (const/let, arrow functions, template literals, async/await), and has no
// for-of loops: only those are used here. lib/viewer-function.ts runs this very file in a
// node:vm context, for the tests and for `npm start`.
import cf from 'cloudfront';

// The one switch (infra/README.md, "Releases"): the key value store associated with this
// function holds the id of the live release, and every request is served from that release's
// prefix in the bucket. Changing the value makes another release live at once, with no
// invalidation: the rewritten URI is the cache key.
var RELEASES = cf.kvs();
var LIVE_KEY = 'live';
var RELEASE_ID = /^\d{8}T\d{6}Z-[0-9a-f]{7}$/;

// i18n/routing.ts's values; test/viewer-request.test.ts imports that module and compares.
var LOCALES = ['ja', 'en'];
var DEFAULT_LOCALE = 'ja';
var LOCALE_COOKIE = 'NEXT_LOCALE';

// A function has about a millisecond of compute. Browsers send a handful of language ranges;
// a header with hundreds is hostile, and its tail cannot change the choice in practice.
var MAX_LANGUAGE_RANGES = 20;

// RFC 9110 qvalue: 0 to 1 with at most three decimals.
var QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
var LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/;

async function handler(event) {
  var request = event.request;
  var uri = request.uri;

  // `/` has no page of its own (the static export's index.html only redirects by script).
  if (uri === '/') {
    return redirect(302, '/' + preferredLocale(request), request.querystring);
  }

  // Pages live at slash-less URLs; one canonical URL per page. Leading slashes and backslashes
  // collapse to one, or `//evil.example/` would come back as a protocol-relative Location.
  if (uri.charAt(uri.length - 1) === '/') {
    var target = uri.replace(/\/+$/, '').replace(/^[\/\\]+/, '/');
    return redirect(301, target === '' ? '/' : target, request.querystring);
  }

  // `/ja/projects/x` is the file ja/projects/x.html; anything with a dot in its last segment
  // (card.png, site.js, resume.pdf) is a file as named. The export has no file without an
  // extension (the synth refuses one: lib/site-content.ts), so no other case exists.
  var name = uri.substring(uri.lastIndexOf('/') + 1);
  var file = name.indexOf('.') === -1 ? uri + '.html' : uri;

  var release = await liveRelease();
  if (release === null) {
    return unavailable();
  }
  request.uri = '/releases/' + release + file;
  return request;
}

// The live release's id, or null before the first release went live (or if the value is not an
// id: a hand-edited store must not route requests to arbitrary keys).
async function liveRelease() {
  var id;
  try {
    id = await RELEASES.get(LIVE_KEY);
  } catch (error) {
    return null;
  }
  return RELEASE_ID.test(id) ? id : null;
}

function unavailable() {
  return {
    statusCode: 503,
    statusDescription: 'Service Unavailable',
    headers: { 'cache-control': { value: 'no-store' }, 'retry-after': { value: '60' } },
  };
}

// The visitor's explicit choice (the locale switch sets the cookie), else the browser's
// languages, else the default: the order public/site.js follows on hosts that cannot redirect.
function preferredLocale(request) {
  var cookie = request.cookies ? request.cookies[LOCALE_COOKIE] : undefined;
  if (cookie && LOCALES.indexOf(cookie.value) !== -1) {
    return cookie.value;
  }
  var header = request.headers ? request.headers['accept-language'] : undefined;
  var negotiated = header ? negotiate(header.value) : null;
  return negotiated || DEFAULT_LOCALE;
}

// The supported locale with the highest q; on equal q the earlier range wins. A range counts by
// its primary subtag (`en-US` is `en`); `*` stands for the default; q=0 and malformed ranges
// are not acceptable and are skipped.
function negotiate(header) {
  var ranges = String(header).split(',');
  var best = null;
  var bestQ = 0;
  for (var i = 0; i < ranges.length && i < MAX_LANGUAGE_RANGES; i++) {
    var parts = ranges[i].split(';');
    var tag = parts[0].trim().toLowerCase();
    var q = 1;
    for (var j = 1; j < parts.length; j++) {
      var param = parts[j].trim();
      if (param.substring(0, 2).toLowerCase() === 'q=') {
        var raw = param.substring(2).trim();
        q = QVALUE.test(raw) ? parseFloat(raw) : 0;
      }
    }
    var locale = tag === '*' ? DEFAULT_LOCALE : LANGUAGE_TAG.test(tag) ? tag.split('-')[0] : null;
    if (locale !== null && LOCALES.indexOf(locale) !== -1 && q > bestQ) {
      best = locale;
      bestQ = q;
    }
  }
  return best;
}

function redirect(statusCode, location, querystring) {
  var query = serializeQuery(querystring);
  var headers = { location: { value: query === '' ? location : location + '?' + query } };
  if (statusCode === 302) {
    // The answer depends on the cookie and the browser's languages: never reuse it.
    headers['cache-control'] = { value: 'no-store' };
  }
  return {
    statusCode: statusCode,
    statusDescription: statusCode === 301 ? 'Moved Permanently' : 'Found',
    headers: headers,
  };
}

// The event holds the query string as CloudFront received it (still percent-encoded), so the
// parts are joined back as they are, never decoded or encoded again.
function serializeQuery(querystring) {
  var parts = [];
  for (var key in querystring) {
    var entry = querystring[key];
    var values = entry.multiValue ? entry.multiValue : [entry];
    for (var i = 0; i < values.length; i++) {
      parts.push(values[i].value === '' ? key : key + '=' + values[i].value);
    }
  }
  return parts.join('&');
}
