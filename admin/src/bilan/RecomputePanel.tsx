import { enumLabels, type Language } from "@entraide/core/glossary/labels";
import RefreshIcon from "@mui/icons-material/Refresh";
import { Alert, Box, Button, LinearProgress, Typography } from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useDataProvider, useTranslate } from "react-admin";
import { must } from "../common/must";
import type { EntraideDataProvider } from "../dataProvider";
import type { BilanRun } from "./api";
import type { FigureFormat } from "./format";

const done = (run?: BilanRun) => run !== undefined && run.status !== "queued" && run.status !== "running";

/**
 * Administrators only: computes the year again now (POST …/runs), follows the
 * run each second until it ends, then shows the new bilan it produced.
 */
export function RecomputePanel({
  year,
  frozen,
  language,
  format,
}: {
  year: number;
  frozen: boolean;
  language: Language;
  format: FigureFormat;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const queryClient = useQueryClient();
  const [runId, setRunId] = useState<string>();
  const [error, setError] = useState<string>();
  // A run belongs to its year: another year shown starts without one.
  const [runYear, setRunYear] = useState(year);
  if (runYear !== year) {
    setRunYear(year);
    setRunId(undefined);
  }
  const run = useQuery({
    queryKey: ["bilan", year, "run", runId],
    queryFn: () => dataProvider.getBilanRun(year, must(runId, "the recompute run")),
    enabled: runId !== undefined,
    refetchInterval: (query) => (done(query.state.data) ? false : 1000),
  });
  const finished = done(run.data);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ["bilan"] });
  }, [finished, queryClient]);

  async function start() {
    setError(undefined);
    try {
      setRunId((await dataProvider.startBilanRun(year)).runId);
    } catch (failure) {
      setError((failure as Error).message || translate("entraide.bilan.run_failed"));
    }
  }
  if (frozen) return <Typography color="text.secondary">{translate("entraide.bilan.recompute_frozen")}</Typography>;
  const status = run.data?.status ?? (runId ? "queued" : undefined);
  return (
    <Box data-testid="recompute">
      <Button
        variant="contained"
        startIcon={<RefreshIcon />}
        disabled={runId !== undefined && !finished}
        onClick={() => void start()}
      >
        {translate("entraide.bilan.recompute")}
      </Button>
      {status ? (
        <Box sx={{ mt: 2 }} data-run={runId} data-run-status={status}>
          <Typography variant="body2">
            {translate("entraide.bilan.run")} <bdi>{runId}</bdi> — {enumLabels.runStatus[status][language]}
          </Typography>
          {finished ? null : <LinearProgress sx={{ mt: 1 }} />}
          {run.data?.progress && !finished ? (
            <Typography variant="caption">
              {translate("entraide.bilan.run_progress", {
                pass: run.data.progress.pass,
                read: format.count(run.data.progress.read),
              })}
            </Typography>
          ) : null}
          {run.data?.message ? (
            <Alert severity={run.data.status === "failed" ? "error" : "info"} sx={{ mt: 1 }}>
              {run.data.message}
            </Alert>
          ) : null}
        </Box>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
