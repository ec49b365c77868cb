declare module 'vnu-jar' {
  /** The path of the bundled vnu.jar, as a `String` object: `String(vnuJar)` is the path. */
  const vnuJar: { toString(): string };
  export default vnuJar;
}
