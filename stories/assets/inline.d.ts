/** Vite: `?inline` imports a stylesheet as a string (the seed page story reuses examples/seed/seed.css). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
