import { type ComponentType, lazy } from "react";

/** A page loaded on first visit, which can also be asked for ahead of time. */
export type LazyPage<P = object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A resource's page loaded on first visit (React.lazy): the console's first
 * load carries no registry's pages, only the one a person opens. react-admin's
 * layout shows its loader (Suspense) meanwhile.
 */
export function lazyPage<M extends Record<string, unknown>, P = object>(
  load: () => Promise<M>,
  name: keyof M & string,
): LazyPage<P> {
  const page = lazy(async () => ({ default: (await load())[name] as ComponentType<P> })) as unknown as LazyPage<P>;
  page.preload = load;
  return page;
}
