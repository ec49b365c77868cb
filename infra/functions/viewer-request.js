// CloudFront Function (cloudfront-js-2.0), viewer request, default behaviour (pages).
// This file ships as it is: no module syntax, since the runtime wants a plain script with a
// top-level `handler`. The runtime is ES 5.1 plus a few later features (const/let, arrow
// functions, template literals), and has no for-of loops: only those are used here.
// test/viewer-request.test.ts runs this very file in a node:vm context.

// Keep in step with i18n/routing.ts; the tests read that file and fail when they disagree.
var LOCALES = ['ja', 'en'];
var DEFAULT_LOCALE = 'ja';
var LOCALE_COOKIE = 'NEXT_LOCALE';

// A function has about a millisecond of compute. Browsers send a handful of language ranges;
// a header with hundreds is hostile, and its tail cannot change the choice in practice.
var MAX_LANGUAGE_RANGES = 20;

// RFC 9110 qvalue: 0 to 1 with at most three decimals.
var QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
var LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/;

function handler(event) {
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
  if (name.indexOf('.') === -1) {
    request.uri = uri + '.html';
  }
  return request;
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
