import { type ReactNode, Suspense } from "react";
import type { LazyPage } from "./lazyPage";

/** A lazily loaded component that shows `fallback` until its code is there, wherever it is placed. */
export function suspended<P extends object>(Page: LazyPage<P>, fallback: ReactNode = null) {
  const Suspended = (props: P) => (
    <Suspense fallback={fallback}>
      <Page {...props} />
    </Suspense>
  );
  Suspended.displayName = `Suspended(${Page.displayName ?? "page"})`;
  return Suspended;
}
