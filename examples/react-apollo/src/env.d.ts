/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The gateway's GraphQL URL when the app is not served behind the same origin (needs CORS on the gateway). */
  readonly VITE_TI_GRAPH_URL?: string;
}
