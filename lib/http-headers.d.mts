export declare const contentSecurityPolicy: string;
export declare const securityHeaders: ReadonlyArray<{ key: string; value: string }>;
export declare const pageCacheControl: string;
export declare const hashedAssetsDir: string;
export declare const immutableCacheControl: string;
export declare function cacheControlFor(path: string): string;
