import DownloadIcon from "@mui/icons-material/Download";
import { Box, Button, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { type DragEvent, useRef, useState } from "react";
import { type HttpError, Title, useDataProvider, useLocale, useNotify, useRedirect, useTranslate } from "react-admin";
import { saveFile } from "../../api/files";
import { type FileFormat, formatOf, type ImportRegistry, importRegistries } from "../../api/imports";
import type { EntraideDataProvider } from "../../dataProvider";

/** Step 1: the registry and its template; step 2: the filled file, dropped or chosen — the dry run starts at once. */
export function ImportCreate() {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const [registry, setRegistry] = useState<ImportRegistry>("beneficiaries");
  const [format, setFormat] = useState<FileFormat>("xlsx");
  const [lang, setLang] = useState<"ar" | "fr">(locale === "fr" ? "fr" : "ar");
  const [sending, setSending] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const fail = (error: unknown) =>
    notify((error as HttpError | Error)?.message ?? "ra.notification.http_error", { type: "error" });

  const downloadTemplate = () => dataProvider.downloadImportTemplate(registry, format, lang).then(saveFile, fail);

  async function send(file: File | undefined) {
    if (!file || sending) return;
    if (!formatOf(file.name)) return notify("entraide.imports.errors.format", { type: "error" });
    setSending(true);
    try {
      const id = await dataProvider.startImport(registry, file);
      redirect("show", "imports", id);
    } catch (error) {
      fail(error);
    } finally {
      setSending(false);
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send(event.dataTransfer.files[0]);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("entraide.imports.new")} />
      <CardContent>
        <Stack gap={3} sx={{ maxWidth: 840 }}>
          <Typography variant="h6">{translate("entraide.imports.step_registry")}</Typography>
          {/* Selects of a set width, and a row that wraps rather than squeezing them: French's longer words
              ("Télécharger le modèle") once pushed the button over the last select's arrow. */}
          <Stack
            direction={{ xs: "column", sm: "row" }}
            gap={2}
            alignItems={{ sm: "center" }}
            sx={{ flexWrap: "wrap", "& > *": { flexShrink: 0 } }}
            data-testid="template-row"
          >
            <TextField
              select
              label={translate("resources.imports.fields.registry")}
              value={registry}
              onChange={(e) => setRegistry(e.target.value as ImportRegistry)}
              sx={{ width: 240 }}
              inputProps={{ "data-testid": "registry" }}
            >
              {importRegistries.map((name) => (
                <MenuItem key={name} value={name}>
                  {translate(`resources.${name}.name`, { smart_count: 2 })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label="XLSX / CSV"
              value={format}
              onChange={(e) => setFormat(e.target.value as FileFormat)}
              sx={{ width: 120 }}
            >
              <MenuItem value="xlsx">XLSX</MenuItem>
              <MenuItem value="csv">CSV</MenuItem>
            </TextField>
            <TextField
              select
              label={translate("entraide.imports.template_lang")}
              value={lang}
              onChange={(e) => setLang(e.target.value as "ar" | "fr")}
              sx={{ width: 170 }}
            >
              <MenuItem value="ar">العربية</MenuItem>
              <MenuItem value="fr">Français</MenuItem>
            </TextField>
            <Button
              startIcon={<DownloadIcon />}
              onClick={downloadTemplate}
              sx={{ whiteSpace: "nowrap" }}
              data-testid="template-download"
            >
              {translate("entraide.imports.template")}
            </Button>
          </Stack>
          <Typography variant="h6">{translate("entraide.imports.step_file")}</Typography>
          <Box
            role="button"
            tabIndex={0}
            data-testid="dropzone"
            onClick={() => input.current?.click()}
            onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && input.current?.click()}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            sx={{
              border: 2,
              borderStyle: "dashed",
              borderColor: dragging ? "primary.main" : "divider",
              borderRadius: 2,
              p: 5,
              textAlign: "center",
              cursor: "pointer",
              bgcolor: dragging ? "action.hover" : undefined,
            }}
          >
            <Typography>{translate(sending ? "entraide.imports.uploading" : "entraide.imports.drop")}</Typography>
            {sending && <LinearProgress sx={{ mt: 2 }} />}
            <input
              ref={input}
              type="file"
              hidden
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="file-input"
              onChange={(e) => void send(e.target.files?.[0])}
            />
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}
