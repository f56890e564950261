/** The element of the first screen painted before the console boots, removed once the console shows the same list. */
export const FIRST_SCREEN_ID = "entraide-first-screen";
