import { useEffect } from "react";
import { useListContext } from "react-admin";
import { useTerritories } from "../common/territories";
import { FIRST_SCREEN_ID } from "./ids";

/** Removes the first screen painted before the console booted (first-screen/main.ts), if there is one. */
export const dismissFirstScreen = () => document.getElementById(FIRST_SCREEN_ID)?.remove();

function WhenListed({ ready }: { ready: boolean }) {
  const { isPending } = useListContext();
  const shown = ready && !isPending;
  useEffect(() => {
    if (shown) dismissFirstScreen();
  }, [shown]);
  return null;
}

function WhenListedAndNamed() {
  const { isPending } = useTerritories();
  return <WhenListed ready={!isPending} />;
}

/**
 * Inside a registry's list: the first screen goes once this list shows its rows (and the territories its
 * columns name), so the rows are replaced by the same rows, never by a loader.
 */
export function FirstScreenHandOver({ territories }: { territories: boolean }) {
  return territories ? <WhenListedAndNamed /> : <WhenListed ready />;
}
