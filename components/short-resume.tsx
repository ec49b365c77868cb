import { otherLocale } from '@/lib/locale';
import { translator } from '@/lib/messages';
import type { ShortResume } from '@/lib/short-resume';

/**
 * The short résumé, the pages a recruiter reads: `ja` in the form of the 職務経歴書 (title, date
 * and name on the right, tables of 期間 | 業務内容 and of projects), `en` as a résumé under a one-line
 * contact header. Print-only: scripts/print-resume-pdfs.ts prints it and lets it lose detail by
 * rule (data-short-detail, app/globals.css) until it fits on SHORT_RESUME_MAX_PAGES.
 *
 * A plain component with its translations from lib/messages.ts, not next-intl's request API, so
 * that tests/short-resume.test.ts renders and prints it on the fixture content outside Next.
 */
export function ShortResumeDocument({ resume }: { resume: ShortResume }) {
  const { locale } = resume;
  const t = translator(locale, 'ShortResume');
  const page = translator(locale, 'ResumePage');
  const facts = translator(locale, 'ProjectFacts');
  const stars = translator(locale, 'SkillLevel');
  const japanese = locale === 'ja';
  const none = t('noPeriod');

  // One run of text, so that a PDF's text reads it as one line: name (in the other script), mail, GitHub, place.
  const contact = (
    <p className="short-contact">
      {japanese && <span lang={otherLocale(locale)}>{resume.alternateName}</span>}
      {japanese && t('contactSeparator')}
      <a href={`mailto:${resume.email}`}>{resume.email}</a>
      {t('contactSeparator')}
      <a href={resume.github.url}>
        {page('github')}: {resume.github.label}
      </a>
      {t('contactSeparator')}
      <span>{resume.location}</span>
    </p>
  );
  const online = (
    <aside aria-label={page('onlineCopy')} className="short-online">
      <div role="img" aria-label={page('qrCode', { url: resume.onlineUrl })} dangerouslySetInnerHTML={{ __html: resume.qrCode }} />
      <p>
        {page('onlineCopy')}
        <br />
        <a href={resume.onlineUrl}>{resume.onlineUrl}</a>
      </p>
    </aside>
  );

  return (
    <main className="short-resume" data-short-detail="all">
      <header className="short-header">
        {japanese ? (
          <>
            <h1 className="short-title">{page('title')}</h1>
            <p className="short-as-of">{t('asOf', { date: resume.updated })}</p>
            <p className="short-as-of">
              {t('nameLabel', { label: page('name') })}
              {resume.name}
              {resume.nameReading && page('nameReading', { reading: resume.nameReading })}
            </p>
            {contact}
          </>
        ) : (
          <>
            <h1 className="short-title">
              {resume.name}{' '}
              <span lang={otherLocale(locale)} className="short-alternate-name">
                {resume.alternateName}
              </span>
            </h1>
            {contact}
            <p className="short-as-of">{t('asOf', { date: resume.updated })}</p>
          </>
        )}
      </header>

      <section aria-labelledby="short-career">
        <h2 id="short-career">{page('career')}</h2>
        <table className="short-table short-jobs">
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('work')}</th>
            </tr>
          </thead>
          {resume.jobs.map((job) => (
            <tbody key={job.slug}>
              <tr className="short-employer">
                <th colSpan={2} scope="rowgroup">
                  <span className="short-strong">{job.organization}</span>
                  <span className="short-muted">{t('employerPeriod', { period: job.period })}</span>
                </th>
              </tr>
              {job.positions.map((position) => (
                <tr key={position.title}>
                  <td>
                    <span className="short-period">{position.period ?? none}</span>
                  </td>
                  <td>
                    <span className="short-strong">{position.title}</span>
                    {position.level && page('level', { level: position.level })}
                    {position.notes.map((note) => (
                      <span key={note} className="short-note">
                        {note}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>

      <section aria-labelledby="short-projects">
        <h2 id="short-projects">{page('projects')}</h2>
        <table className="short-table short-projects">
          <thead>
            <tr>
              <th scope="col">{t('project')}</th>
              <th scope="col">{t('roleAndScale')}</th>
              <th scope="col">{t('environment')}</th>
            </tr>
          </thead>
          <tbody>
            {resume.projects.map((project) => (
              <tr key={project.slug} data-featured={project.featured ? '' : undefined}>
                <td>
                  <span className="short-period">{project.period ?? none}</span>
                  <a href={project.url} className="short-strong short-project-title">
                    {project.title}
                  </a>
                  {project.summary && <p className="short-summary">{project.summary}</p>}
                  {project.challenges.length > 0 && (
                    <ul className="short-challenges">
                      {project.challenges.map((challenge) => (
                        <li key={challenge}>{challenge}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {project.role && <span className="short-line">{project.role}</span>}
                  {project.teamSize && (
                    <span className="short-line">
                      {facts('teamSize')}
                      {t('separator')}
                      {facts('teamSizeValue', { count: project.teamSize })}
                    </span>
                  )}
                  {!project.role && !project.teamSize && none}
                </td>
                <td>{project.stack.length > 0 ? project.stack.join(t('listSeparator')) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="short-education">
        <h2 id="short-education">{page('education')}</h2>
        <ul className="short-rows">
          {resume.education.map((school) => (
            <li key={school.slug}>
              <span>
                <span className="short-strong">{school.institution}</span>
                {school.status && page('status', { status: school.status })} {school.program}
              </span>
              <span className="short-period">{school.period}</span>
            </li>
          ))}
        </ul>
      </section>

      <div className="short-columns">
        <section aria-labelledby="short-certifications">
          <h2 id="short-certifications">{page('certifications')}</h2>
          <ul className="short-list">
            {resume.certifications.map((certification) => (
              <li key={certification}>{certification}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="short-skills">
          <h2 id="short-skills">{page('skills')}</h2>
          <ul className="short-skills">
            {resume.skills.map((skill) => (
              <li key={skill.slug}>
                {skill.name}{' '}
                <span role="img" aria-label={stars('label', { level: skill.level })}>
                  {'★'.repeat(skill.level)}
                  <span className="short-star-off">{'★'.repeat(3 - skill.level)}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {online}
    </main>
  );
}
