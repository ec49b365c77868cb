import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { SitePage } from '@/components/site-page';
import { SkillStars } from '@/components/skill-list';
import { TechnologyHint } from '@/components/tech-list';
import { getTechnologies } from '@/lib/content';
import { resolveLocale } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/site';
import { socialImageAlt } from '@/lib/social-card';
import { technologiesJsonLd } from '@/lib/structured-data';

export async function generateMetadata({ params }: PageProps<'/[locale]/technologies'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'TechnologiesPage' });
  return pageMetadata({
    locale,
    path: '/technologies',
    title: t('title'),
    description: t('description'),
    type: 'website',
    imageAlt: await socialImageAlt(locale, { kind: 'technologies' }),
  });
}

/** Every technology in the content, with how many projects use it and the CV's rating where it gives one. */
export default async function TechnologiesPage({ params }: PageProps<'/[locale]/technologies'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'TechnologiesPage' });
  const technologies = getTechnologies(locale);
  return (
    <SitePage locale={locale} path="/technologies" sources={['projects', 'skills']}>
      <JsonLd data={technologiesJsonLd(locale, t('title'), technologies)} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-muted">{t('description')}</p>
      <ul className="mt-10 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {technologies.map((technology) => (
          <li
            key={technology.slug}
            className="relative flex items-center justify-between gap-4 rounded-lg border border-line bg-surface px-4 py-3 focus-within:border-accent hover:border-accent"
          >
            <span className="flex flex-col">
              <a
                href={localePath(locale, `/technologies/${technology.slug}`)}
                className="font-semibold text-fg no-underline after:absolute after:inset-0 after:rounded-lg hover:underline"
              >
                {technology.name}
                <TechnologyHint locale={locale} />
              </a>
              <span className="text-sm text-muted">{t('projectCount', { count: technology.used })}</span>
            </span>
            {technology.level !== undefined && <SkillStars locale={locale} level={technology.level} />}
          </li>
        ))}
      </ul>
    </SitePage>
  );
}
