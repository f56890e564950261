/**
 * The script every visit runs before the console's entry (build/preloadSignedIn.ts bundles it alone): ask for a
 * signed-in list's first page at once (start.ts), then paint it when it comes and start the console (main.ts).
 */
import "./start";
import "./main";
