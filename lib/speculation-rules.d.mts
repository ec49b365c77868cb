type Rule = { source: 'document'; where: unknown; eagerness: 'moderate' };
export declare const speculationRules: { prerender: Rule[]; prefetch: Rule[] };
export declare const speculationRulesSource: string;
