/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; empty (same origin) by default. */
  readonly VITE_API_URL?: string;
}
