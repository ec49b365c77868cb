declare module '@jsonresume/schema' {
  type ValidationError = { property: string; message: string };
  export function validate(resume: unknown, callback: (errors: ValidationError[] | null, valid: boolean) => void): void;
}
