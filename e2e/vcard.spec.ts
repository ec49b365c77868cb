import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { content, locales, messages } from './utils';

// A recruiter saves the contact from home or résumé: the link leads to the locale's vCard,
// which a vCard parser (ical.js, RFC 6350) reads with the name, its reading, email and URL.

for (const locale of locales) {
  for (const path of [`/${locale}`, `/${locale}/resume`]) {
    test(`${path} links a vCard of the person that address books read, reading included`, async ({ page, request }, testInfo) => {
      const profile = content.profile(locale);
      await page.goto(path);
      const label = path.endsWith('/resume') ? messages[locale].ResumePage.saveContact : messages[locale].ProfileLinks.contact;
      const link = page.getByRole('link', { name: label });
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href')) ?? '';
      await expect(link).toHaveAttribute('href', /\.vcf$/);

      const response = await request.get(href);
      expect(response.status()).toBe(200);
      // A generic host names `.vcf` by its table: mime-db's is the older text/x-vcard.
      expect(response.headers()['content-type']).toMatch(
        testInfo.project.name === 'generic' ? /^text\/(x-)?vcard; ?charset=utf-8$/i : /^text\/vcard; ?charset=utf-8$/i,
      );
      const card = ICAL.Component.fromString(await response.text());
      expect(card.name).toBe('vcard');
      expect(card.getFirstPropertyValue('version')).toBe('4.0');
      const names = card.getAllProperties('fn').map((property) => property.getFirstValue());
      expect(names[0]).toBe(profile.name);
      expect(names).toContain(profile.alternateName);
      // The first N holds this locale's name, split into family and given name.
      const parts: unknown = card.getFirstProperty('n')?.getFirstValue();
      const [family = '', given = ''] = Array.isArray(parts) ? parts.map(String) : [];
      expect(family).not.toBe('');
      expect(given).not.toBe('');
      expect(profile.name).toContain(family);
      expect(profile.name).toContain(given);
      // The reading as phones store it, and as RFC 6350 sorts by it.
      const reading = locales.map((candidate) => content.profile(candidate).nameReading).find(Boolean) ?? '';
      expect(reading).not.toBe('');
      const phonetic = [card.getFirstPropertyValue('x-phonetic-last-name'), card.getFirstPropertyValue('x-phonetic-first-name')].join(' ');
      expect(phonetic).toBe(reading);
      const sortAs = card
        .getAllProperties('n')
        .map((property) => property.getParameter('sort-as'))
        .find(Boolean);
      expect(String(sortAs).split(',').join(' ')).toBe(reading);
      expect(card.getFirstPropertyValue('email')).toBe(profile.email);
      expect(card.getAllProperties('url').map((property) => property.getFirstValue())).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`/${locale}$`)), profile.github.url]),
      );
      expect(card.getFirstPropertyValue('org')).toBe(profile.organization);
      expect(card.getFirstPropertyValue('title')).toBe(profile.jobTitle);
    });
  }
}
