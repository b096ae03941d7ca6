// Debian's Chromium, never a downloaded browser.
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying to reach hosts it cannot reach.
export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
