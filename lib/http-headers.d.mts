export declare function scriptHash(text: string): string;
export declare const siteScriptSource: string;
export declare const inlineScriptHashes: readonly string[];
export declare const contentSecurityPolicy: string;
export declare const securityHeaders: ReadonlyArray<{ key: string; value: string }>;
export declare const pageCacheControl: string;
export declare const hashedAssetsDir: string;
export declare const immutableCacheControl: string;
export declare function cacheControlFor(path: string): string;
