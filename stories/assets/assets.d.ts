/** Vite asset URLs; `?no-inline` keeps an image a real URL (the components refuse `data:` images). */
declare module '*?no-inline' {
  const url: string;
  export default url;
}
