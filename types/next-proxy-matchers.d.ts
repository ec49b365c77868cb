// Next compiles `config.matcher` with this function; its published types leave it out.
declare module 'next/dist/build/analysis/get-page-static-info.js' {
  export function getMiddlewareMatchers(matcher: string | string[], nextConfig: object): { regexp: string }[];
}
