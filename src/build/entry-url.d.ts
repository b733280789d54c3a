declare module '*?entry-url' {
  /** The public URL of the separately bundled module. */
  const url: string;
  export default url;
}
