import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text of each page of a PDF, read with PDF.js (Mozilla's reader, not the
 * browser that printed it), normalised to NFKC so Arabic presentation forms
 * read as the letters they stand for.
 */
export async function pdfPages(content: Buffer): Promise<string[]> {
  const document = await getDocument({
    data: new Uint8Array(content),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const text = await (await document.getPage(n)).getTextContent();
    pages.push(
      text.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .normalize("NFKC"),
    );
  }
  await document.destroy();
  return pages;
}
