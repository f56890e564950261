import DownloadIcon from "@mui/icons-material/Download";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Stack,
  Typography,
} from "@mui/material";
import { useState } from "react";
import {
  type HttpError,
  Title,
  useDataProvider,
  useLocale,
  useNotify,
  useShowController,
  useTranslate,
} from "react-admin";
import { saveFile } from "../../api/files";
import type { ImportCounts, ImportJob } from "../../api/imports";
import { must } from "../../common/must";
import type { EntraideDataProvider } from "../../dataProvider";
import { intlLocaleOf } from "../../i18n/i18nProvider";
import { ProblemRows } from "./ProblemRows";

/** How often a running import is asked for its progress. */
const POLL_MS = 1000;
const running = (job?: ImportJob) =>
  job?.status === "validating" || job?.status === "committing" || job?.status === "awaiting_file";

function Counts({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const keys: Array<keyof ImportCounts> = ["rows", "valid", "invalid", "duplicates", "probableDuplicates"];
  if (job.status === "committed") keys.push("created", "skipped");
  return (
    <Stack direction="row" gap={3} flexWrap="wrap" data-testid="counts">
      {keys.map((key) => (
        <Box key={key} data-count={key}>
          <Typography variant="h5">{job.counts[key]}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(`entraide.imports.counts.${key}`)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}

function Progress({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const { done, total } = job.progress;
  return (
    <Box data-testid="progress">
      <LinearProgress variant={total ? "determinate" : "indeterminate"} value={total ? (100 * done) / total : 0} />
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate("entraide.imports.progress", { done, total })}
      </Typography>
    </Box>
  );
}

/** One import: its progress, the dry run's counts and problem rows, the report, and the commit. */
export function ImportShow() {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const [createProbable, setCreateProbable] = useState(false);
  const [committing, setCommitting] = useState(false);
  const { record: job, refetch } = useShowController<ImportJob>({
    queryOptions: {
      refetchInterval: (query) => (running(query.state.data as ImportJob | undefined) ? POLL_MS : false),
    },
  });
  if (!job) return <LinearProgress sx={{ mt: 2 }} />;
  const fail = (error: unknown) =>
    notify((error as HttpError)?.message ?? "ra.notification.http_error", { type: "error" });
  const report = (format: "csv" | "xlsx") => dataProvider.downloadImportReport(job.id, format).then(saveFile, fail);

  async function commit() {
    setCommitting(true);
    try {
      await dataProvider.commitImport(must(job, "the import to commit").id, createProbable);
      await refetch();
    } catch (error) {
      fail(error);
    } finally {
      setCommitting(false);
    }
  }

  const done = job.status === "validated" || job.status === "committed";
  return (
    <Card sx={{ mt: 2 }} data-testid="import" data-status={job.status}>
      <Title title={`${translate("entraide.imports.title")} — ${job.fileName}`} />
      <CardContent>
        <Stack gap={2}>
          <Typography variant="h6">
            <bdi>{job.fileName}</bdi> · {translate(`resources.${job.registry}.name`, { smart_count: 2 })} ·{" "}
            {translate(`entraide.imports.status.${job.status}`)}
          </Typography>
          {/* Isolated, so that right-to-left text does not mix the Latin name with the date's digits. */}
          <Typography variant="body2" color="text.secondary">
            <bdi>{job.createdBy}</bdi> · <bdi>{new Date(job.createdAt).toLocaleString(intlLocaleOf(locale))}</bdi>
          </Typography>
          {running(job) && <Progress job={job} />}
          {job.status === "failed" && (
            <Alert severity="error" data-testid="problem">
              {translate("entraide.imports.failed")}
              {job.problem && <Typography variant="body2">{job.problem.message}</Typography>}
            </Alert>
          )}
          {done && job.unknownColumns?.length ? (
            <Alert severity="info" data-testid="unknown-columns">
              {translate("entraide.imports.unknown_columns", { columns: job.unknownColumns.join("، ") })}
            </Alert>
          ) : null}
          {done && (
            <>
              <Typography variant="subtitle1">
                {translate(job.status === "committed" ? "entraide.imports.final" : "entraide.imports.dry_run")}
              </Typography>
              <Counts job={job} />
              <Stack direction="row" gap={1}>
                <Button startIcon={<DownloadIcon />} onClick={() => report("xlsx")}>
                  {translate("entraide.imports.report")} (XLSX)
                </Button>
                <Button startIcon={<DownloadIcon />} onClick={() => report("csv")}>
                  {translate("entraide.imports.report")} (CSV)
                </Button>
              </Stack>
            </>
          )}
          {job.status === "validated" && (
            <Stack direction={{ xs: "column", sm: "row" }} gap={2} alignItems={{ sm: "center" }}>
              <FormControlLabel
                control={<Checkbox checked={createProbable} onChange={(e) => setCreateProbable(e.target.checked)} />}
                label={translate("entraide.imports.create_probable")}
              />
              <Button
                variant="contained"
                onClick={commit}
                disabled={committing || job.counts.valid + (createProbable ? job.counts.probableDuplicates : 0) === 0}
              >
                {translate("entraide.imports.commit")}
              </Button>
            </Stack>
          )}
          {job.status === "committed" && <Alert severity="success">{translate("entraide.imports.committed")}</Alert>}
          {done && <ProblemRows job={job} />}
        </Stack>
      </CardContent>
    </Card>
  );
}
