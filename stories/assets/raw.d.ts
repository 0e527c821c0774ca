/** Vite: `?raw` imports a file as a string (the seed page story renders examples/seed/index.html). */
declare module '*.html?raw' {
  const text: string;
  export default text;
}
