// Progressive enhancement for the static pages, and the site's only script: every page reads,
// navigates and switches language without it. Every page carries it inline, allowed by its
// sha256 in the CSP (lib/http-headers.mjs); tests/export/scripts.test.ts keeps it under 2 kB gzipped.
(() => {
  const cookie = (name, value, maxAge) => {
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${name}=${value}; path=/; max-age=${maxAge}; samesite=lax${secure}`;
  };

  // The locale switch: carry the #section over, and remember the choice for `/`.
  for (const link of document.querySelectorAll('a[data-locale-switch]')) {
    link.addEventListener('click', () => {
      link.hash = location.hash;
      cookie(link.dataset.cookie, link.dataset.localeSwitch, link.dataset.cookieMaxAge);
    });
  }

  // The résumé's print button, invisible and disabled until now.
  for (const button of document.querySelectorAll('button[data-print]')) {
    button.addEventListener('click', () => print());
    button.disabled = false;
    button.classList.remove('invisible');
  }

  // `/` on a host that cannot redirect it: the saved choice, else the browser's languages, else the default.
  const chooser = document.querySelector('[data-choose-language]');
  if (chooser) {
    const { chooseLanguage, defaultLanguage, cookie: name } = chooser.dataset;
    const locales = chooseLanguage.split(' ');
    const saved = document.cookie
      .split('; ')
      .find((pair) => pair.startsWith(`${name}=`))
      ?.slice(name.length + 1);
    const browser = (navigator.languages ?? [navigator.language]).map((tag) => String(tag).toLowerCase().split('-')[0]);
    location.replace(`/${[saved, ...browser].find((locale) => locales.includes(locale)) ?? defaultLanguage}`);
  }
})();
