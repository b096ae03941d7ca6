// Stands in for React DevTools, which Ink loads under DEV=true when it is installed: the bundled
// `inzet` does not carry them (tsup.config.ts). Debug the UI from source instead (`pnpm dev`).
export default {
  initialize(): void {},
  connectToDevTools(): void {
    process.stderr.write("inzet: React DevTools are not bundled into this build.\n");
  },
};
