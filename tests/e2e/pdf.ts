/** Pages in a PDF Chromium printed: each page object is `/Type /Page`, the page tree's root is `/Type /Pages`. */
export const pdfPageCount = (pdf: Buffer): number =>
  pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
