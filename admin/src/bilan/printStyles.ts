/**
 * The printed report: an A4 page in the console's language, without the
 * console's bars and menus, numbered at the foot of each page. `.print-only`
 * shows in print alone (the indicators as a table), `.screen-only` on screen alone.
 */
export const printStyles = {
  "@media screen": { ".print-only": { display: "none !important" } },
  "@page": {
    size: "A4",
    margin: "14mm 12mm 16mm",
    "@bottom-center": {
      content: '"Entraide — " counter(page) " / " counter(pages)',
      fontSize: "9pt",
      color: "#555",
      fontFamily: "sans-serif",
    },
  },
  "@media print": {
    "html, body, #root, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content, main": {
      background: "#fff !important",
    },
    ".RaAppBar-root, header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .screen-only, .RaNotification-root, .MuiSnackbar-root":
      {
        display: "none !important",
      },
    ".RaLayout-appFrame": { marginTop: "0 !important", paddingTop: "0 !important" },
    ".RaLayout-content, .RaLayout-contentWithSidebar, main": { padding: "0 !important", margin: "0 !important" },
    "[data-testid=bilan-page]": { fontSize: "10pt" },
    "[data-testid=bilan-page] section": { breakInside: "auto", marginBottom: "6mm" },
    ".bilan-chart, .bilan-table tr, [data-testid=region-map], [data-testid=region-table] tr": { breakInside: "avoid" },
    "[data-testid=bilan-page] h2": { breakAfter: "avoid" },
    ".bilan-charts": { gridTemplateColumns: "repeat(2, 1fr) !important" },
    ".MuiCard-root": { boxShadow: "none !important" },
  },
} as const;
