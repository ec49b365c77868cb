/** The public origin, configured once; every absolute URL derives from it. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
