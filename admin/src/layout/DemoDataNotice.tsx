import { type DemoDataState, demoDataLoading } from "@entraide/core/glossary/local-server";
import { Alert, LinearProgress } from "@mui/material";
import { useEffect, useState } from "react";
import { useLocaleState, useRefresh } from "react-admin";

const apiUrl = import.meta.env.VITE_API_URL ?? "";

/** What /api/health says of the demo data; undefined where there is none (AWS) or no answer. */
async function demoDataState(): Promise<DemoDataState | undefined> {
  try {
    const health = (await (await fetch(`${apiUrl}/api/health`)).json()) as { demoData?: DemoDataState };
    return health.demoData;
  } catch {
    return undefined;
  }
}

/**
 * On `npm start`'s first start the demo data is written for a few seconds after
 * the console opens: say so until it is there, then refresh what is shown.
 */
export function DemoDataNotice({ pollMs = 2000 }: { pollMs?: number }) {
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (wasLoading: boolean) => {
      const state = await demoDataState();
      if (stopped) return;
      setLoading(state === "loading");
      if (state === "loading") timer = setTimeout(() => void poll(true), pollMs);
      else if (wasLoading) refresh();
    };
    void poll(false);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [pollMs, refresh]);
  if (!loading) return null;
  return (
    <Alert severity="info" data-testid="demo-data-loading" sx={{ mb: 1 }}>
      {locale === "fr" ? demoDataLoading.fr : demoDataLoading.ar}
      <LinearProgress sx={{ mt: 1 }} />
    </Alert>
  );
}
