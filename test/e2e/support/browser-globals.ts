/**
 * The few browser globals the tests read inside page.evaluate. The test code is type-checked
 * with the server's tsconfig (no DOM library), so they are declared here structurally.
 */
export interface TestMap {
  loaded(): boolean;
  isMoving(): boolean;
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> }[];
  project(lngLat: [number, number]): { x: number; y: number };
  getSource(id: string): unknown;
  getFeatureState(feature: { source: string; id: string }): Record<string, unknown>;
  getCanvas(): {
    getBoundingClientRect(): { left: number; top: number; width: number; height: number };
    scrollIntoView(options?: { block?: string }): void;
  };
  jumpTo(options: { center: [number, number]; zoom: number }): void;
}

interface TestElement {
  id: string;
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number; height: number };
}

export interface BrowserGlobals {
  __stadsveiligMap?: TestMap;
  innerWidth: number;
  document: {
    documentElement: { scrollWidth: number; clientWidth: number; lang: string };
    body: { scrollWidth: number };
    activeElement: TestElement | null;
    querySelector(selector: string): TestElement | null;
  };
  getComputedStyle(
    element: TestElement,
    pseudo?: string,
  ): { outlineStyle: string; outlineWidth: string; boxShadow: string; content: string };
  localStorage: { getItem(key: string): string | null };
}

/** Inside page.evaluate / waitForFunction: `const w = globalThis as unknown as BrowserGlobals`. */
export type { TestElement };
