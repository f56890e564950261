import DownloadIcon from "@mui/icons-material/Download";
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useNotify, useTranslate } from "react-admin";
import type { EntraideDataProvider } from "../dataProvider";
import type { BilanExport } from "./api";
import type { FigureFormat } from "./format";

/** Hands a fetched file to the browser as a download under its own name. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The year's export files (CSV, XLSX, JSON), each downloaded through the API with the user's token. */
export function ExportsPanel({ files, format }: { files: BilanExport[]; format: FigureFormat }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  if (!files.length) return <Typography color="text.secondary">{translate("entraide.bilan.no_exports")}</Typography>;
  async function download(file: BilanExport) {
    setBusy(file.id);
    try {
      save(await dataProvider.downloadExport(file), file.id);
    } catch {
      notify("entraide.bilan.download_failed", { type: "error" });
    } finally {
      setBusy(undefined);
    }
  }
  return (
    <Table size="small" data-testid="exports">
      <TableHead>
        <TableRow>
          <TableCell>{translate("entraide.bilan.file")}</TableCell>
          <TableCell>{translate("entraide.bilan.format")}</TableCell>
          <TableCell align="right">{translate("entraide.bilan.size")}</TableCell>
          <TableCell>{translate("entraide.bilan.created_at")}</TableCell>
          <TableCell className="screen-only" />
        </TableRow>
      </TableHead>
      <TableBody>
        {files.map((file) => (
          <TableRow key={file.id} data-format={file.format}>
            <TableCell>
              <bdi>{file.id}</bdi>
            </TableCell>
            <TableCell>{file.format.toUpperCase()}</TableCell>
            <TableCell align="right">
              <bdi>{format.size(file.size)}</bdi>
            </TableCell>
            <TableCell>
              <bdi>{format.date(file.createdAt)}</bdi>
            </TableCell>
            <TableCell className="screen-only" align="right">
              <Button
                size="small"
                startIcon={<DownloadIcon />}
                disabled={busy === file.id}
                onClick={() => void download(file)}
                data-download={file.format}
              >
                {translate("entraide.bilan.download")}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
