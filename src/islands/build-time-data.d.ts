// Build-time data the browser-code integration serves to island code (astro.config.mjs: browserCode({ data })).
declare module 'kb:data/*' {
  const data: unknown;
  export default data;
}
