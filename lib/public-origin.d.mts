export declare function isLoopbackHost(hostname: string): boolean;
export declare function publicOriginProblem(value: string): string | undefined;
