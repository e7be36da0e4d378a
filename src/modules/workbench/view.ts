/** What a workbench service returns: the JSON body plus the exports it supports. */
export interface ViewResult {
  body: Record<string, unknown>;
  csv?: () => string;
  geojson?: () => unknown;
}

/** Settings the services need from the configuration. */
export interface WorkbenchSettings {
  gemeente: string;
  minCellCount: number;
}
