// Vite's `?url` imports: the URL of a bundled asset (here the pdf.js worker).
declare module '*?url' {
  const url: string;
  export default url;
}
