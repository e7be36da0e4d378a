/**
 * Debian's Chromium driven by playwright-core (no browser download). MapLibre needs WebGL; in a
 * headless container without a GPU, Chromium gets it from SwiftShader (software Vulkan under ANGLE):
 *   --use-angle=swiftshader        ANGLE on the SwiftShader backend
 *   --enable-unsafe-swiftshader    allow SwiftShader for WebGL (no longer an automatic fallback since Chrome 137)
 *   --ignore-gpu-blocklist         do not refuse WebGL on the software device
 * Checked with Chromium 156 on Debian 12: WebGL2, renderer "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …))".
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Launches Chromium, or fails with a line saying how to install it (browser tests never skip). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it ("apt-get install -y chromium") or set CHROMIUM_PATH; ` +
        'the browser tests need it and are not skipped.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
