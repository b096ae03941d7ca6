// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters
// The built `inzet` in a real terminal (tmux): keys in with send-keys, the screen out with capture-pane.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN } from "../test/spawn-cli.js";

const hasTmux = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
// CI installs tmux (.ci/run): there, a missing tmux is a failure, not a skip.
const skip = !hasTmux && !process.env.CI;
if (skip)
  process.stderr.write("terminal tests skipped: tmux is not installed (apt-get install tmux)\n");

// A private tmux server, so the tests never touch a user's sessions.
const SOCKET = `inzet-e2e-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), "inzet-e2e-"));
const tmux = (...args: string[]) =>
  execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
const sessions: string[] = [];
let counter = 0;

type Session = {
  name: string;
  exitFile: string;
  screen: (escapes?: boolean) => string;
  keys: (...keys: string[]) => Promise<void>;
  type: (text: string) => Promise<void>;
  waitFor: (test: (screen: string) => boolean, what: string, timeout?: number) => Promise<string>;
  exitCode: (timeout?: number) => Promise<number>;
  flags: () => { alternate: boolean; cursorVisible: boolean };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `command` (a shell line) in a fresh tmux session of the given size; its exit code goes to a file. */
function start(columns: number, rows: number, command: string): Session {
  const name = `inzet-${process.pid}-${++counter}`;
  const exitFile = join(dir, `${name}.exit`);
  sessions.push(name);
  tmux(
    "new-session",
    "-d",
    "-x",
    String(columns),
    "-y",
    String(rows),
    "-s",
    name,
    `${command}; echo "EXIT=$?" > ${exitFile}; sleep 60`,
  );
  const screen = (escapes = false) =>
    tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", name);
  const waitFor = async (test: (s: string) => boolean, what: string, timeout = 8000) => {
    const end = Date.now() + timeout;
    for (;;) {
      const s = screen();
      if (test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
      await sleep(50);
    }
  };
  return {
    name,
    exitFile,
    screen,
    waitFor,
    keys: async (...keys) => {
      for (const key of keys) {
        tmux("send-keys", "-t", name, key);
        await sleep(80);
      }
    },
    type: async (text) => {
      tmux("send-keys", "-t", name, "-l", text);
      await sleep(80);
    },
    exitCode: async (timeout = 8000) => {
      const end = Date.now() + timeout;
      while (!existsSync(exitFile) || !readFileSync(exitFile, "utf8").includes("\n")) {
        if (Date.now() > end) throw new Error(`the program did not exit; screen:\n${screen()}`);
        await sleep(50);
      }
      return Number(readFileSync(exitFile, "utf8").match(/EXIT=(\d+)/)?.[1] ?? -1);
    },
    flags: () => {
      const [alternate, cursor] = tmux(
        "display-message",
        "-p",
        "-t",
        name,
        "#{alternate_on} #{cursor_flag}",
      )
        .trim()
        .split(" ");
      return { alternate: alternate === "1", cursorVisible: cursor === "1" };
    },
  };
}

const app = (args = "tui", env = "") => `env -u CI ${env} node ${BIN} ${args}`;
const cursorLine = (screen: string) => screen.split("\n").find((l) => l.startsWith("›")) ?? "";
/** The detail pane (right of the list's border) as one line of text, as a reader reads it on. */
const detailText = (screen: string) =>
  screen
    .split("\n")
    .map((line) => line.split("│")[1] ?? "")
    .join(" ")
    .replace(/\s+/g, " ");

// One idle session keeps the private server up between tests (it exits when its last session ends).
beforeAll(() => {
  if (hasTmux) tmux("new-session", "-d", "-s", "keep", "sleep 600");
});

afterEach(() => {
  for (const name of sessions.splice(0)) {
    try {
      tmux("kill-session", "-t", name);
    } catch {
      // Already gone.
    }
  }
});

afterAll(() => {
  try {
    tmux("kill-server");
  } catch {
    // No server left.
  }
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)("inzet in a real terminal (tmux)", () => {
  it("has tmux to drive the terminal", () => {
    expect(hasTmux, "tmux is missing: .ci/run must install it").toBe(true);
    assertBuilt();
  });

  it("walks search → detail → back → quit at 100×30 and gives the terminal back", async () => {
    const s = start(100, 30, app());
    await s.waitFor((x) => x.includes("1 Missions") && x.includes("q quit"), "the first frame");
    expect(s.flags().alternate).toBe(true);
    // Typed straight after "/", as people do: no letter may be lost while the box opens.
    tmux("send-keys", "-t", s.name, "/");
    await s.type("unt");
    await s.waitFor((x) => x.includes("Search: unt"), "the search box with the letters typed");
    await s.waitFor((x) => cursorLine(x).includes("UNTSO") && !x.includes("EUFOR"), "UNTSO");
    await s.keys("Enter");
    const detail = await s.waitFor((x) => x.includes("Esc back"), "the detail pane");
    expect(detail).toContain("1948");
    expect(detail).toContain("Dutch personnel 2014");
    for (const line of detail.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
    await s.keys("Escape");
    await s.waitFor((x) => x.includes("⏎ open"), "the list again");
    await s.keys("q");
    expect(await s.exitCode()).toBe(0);
    const after = s.screen();
    expect(after).not.toContain("1 Missions");
    expect(s.flags()).toEqual({ alternate: false, cursorVisible: true });
  });

  it("lets a new user at 80×24 find EUTM Somalia, read its figure and source, in Dutch too", async () => {
    // The "done when": bare `inzet`, nothing read but the footer.
    const s = start(80, 24, app(""));
    const first = await s.waitFor((x) => x.includes("q quit"), "the first frame");
    expect(first).toContain("/ search");
    expect(first).toContain("l Nederlands");
    tmux("send-keys", "-t", s.name, "/");
    await s.type("soma");
    await s.waitFor((x) => cursorLine(x).includes("EUTM Somalia"), "EUTM Somalia found");
    await s.keys("Enter");
    const en = await s.waitFor((x) => x.includes("Esc back"), "its detail");
    expect(en).toContain("Dutch personnel 2014");
    expect(detailText(en)).toContain("Source: Evaluatie inzet Nederlandse militairen 2014, p. 45");
    await s.keys("l");
    const nl = await s.waitFor(
      (x) => x.includes("Nederlands personeel 2014"),
      "the detail in Dutch",
    );
    expect(detailText(nl)).toContain("Bron: Evaluatie inzet Nederlandse militairen 2014, blz. 45");
    expect(nl).toContain("l English");
    await s.keys("2");
    const groups = await s.waitFor((x) => x.includes("2. Midden-Oosten"), "the group bars");
    expect(groups).toMatch(/Capaciteitsopbouw in Afrika.*> 40 +█+▶…/);
    await s.keys("q");
    expect(await s.exitCode()).toBe(0);
    expect(s.flags()).toEqual({ alternate: false, cursorVisible: true });
  });

  it("walks the Portfolio view at 100×30: ends a contribution, sets the token preset, in Dutch too", async () => {
    const s = start(100, 30, app());
    await s.waitFor((x) => x.includes("q quit"), "the first frame");
    await s.keys("7");
    const first = await s.waitFor(
      (x) => x.includes("Portfolio as of 31 December 2014"),
      "the Portfolio view (its code loads when it first opens)",
    );
    expect(detailText(first)).toContain("Contributions 16 16 Groups 4 4");
    expect(first).toContain("␣ end/keep");
    await s.keys("Space");
    const ended = await s.waitFor(
      (x) =>
        cursorLine(x).includes("✗ EUFOR Althea") && detailText(x).includes("Contributions 16 15 *"),
      "EUFOR Althea ended and the metrics after it",
    );
    expect(ended).toContain("16 → 15 contributions");
    await s.keys("Space", "t");
    const preset = await s.waitFor(
      (x) => x.includes("Token preset: 2 contributions ended"),
      "the token preset",
    );
    const text = detailText(preset);
    expect(text).toContain("Contributions 16 14 *");
    expect(text).toContain("Concentration (HHI) 0.4–1 0.46–1 *");
    expect(text).toContain(
      "Remaining: 12–14 of 16 contributions, 2–3 of 4 groups, 6–7 of 8 regions",
    );
    for (const line of preset.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
    await s.keys("l");
    const nl = await s.waitFor((x) => x.includes("Portefeuille op 31 december 2014"), "Dutch");
    expect(detailText(nl)).toContain("Concentratie (HHI) 0,4–1 0,46–1 *");
    await s.keys("q");
    expect(await s.exitCode()).toBe(0);
    expect(s.flags()).toEqual({ alternate: false, cursorVisible: true });
  });

  it("quits on Ctrl-C with exit code 0 and the cursor shown", async () => {
    const s = start(80, 24, app(""));
    await s.waitFor((x) => x.includes("q quit"), "the first frame of bare inzet");
    await s.keys("C-c");
    expect(await s.exitCode()).toBe(0);
    expect(s.flags()).toEqual({ alternate: false, cursorVisible: true });
  });

  it.each([
    [40, 12],
    [200, 60],
  ])("renders at %i×%i without crashing, within the width", async (columns, rows) => {
    const s = start(columns, rows, app());
    const screen = await s.waitFor((x) => x.includes("q quit"), "the first frame");
    expect(screen).toContain("EUFOR Althea");
    for (const line of screen.split("\n")) expect([...line].length).toBeLessThanOrEqual(columns);
    await s.keys("2");
    await s.waitFor((x) => x.includes("▶…"), "the group bars");
    await s.keys("q");
    expect(await s.exitCode()).toBe(0);
  });

  it("puts the selected citation on the terminal's clipboard with OSC 52 and shows it", async () => {
    tmux("set-option", "-s", "set-clipboard", "on");
    const s = start(100, 30, app());
    await s.waitFor((x) => x.includes("q quit"), "the first frame");
    await s.keys("y");
    const screen = await s.waitFor((x) => x.includes("Copied"), "the status line");
    const copied = tmux("show-buffer");
    expect(copied.length).toBeGreaterThan(20);
    expect(screen).toContain(copied.slice(0, 30));
  });

  it("prints the plain overview, without escape sequences, when piped into cat", async () => {
    const out = join(dir, "piped.txt");
    const s = start(100, 30, `${app("")} | cat > ${out}`);
    expect(await s.exitCode()).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("1. Balkans");
    expect(text).toContain("≥ ≈ 73");
    expect(text).not.toMatch(/\u001b/);
  });

  it("draws no colour or other styling under NO_COLOR, and some without it", async () => {
    const plain = start(100, 30, app("tui", "NO_COLOR=1"));
    await plain.waitFor((x) => x.includes("q quit"), "the first frame");
    expect(plain.screen(true)).not.toMatch(/\u001b\[[0-9;]*m/);
    const styled = start(100, 30, app("tui"));
    await styled.waitFor((x) => x.includes("q quit"), "the first frame");
    expect(styled.screen(true)).toMatch(/\u001b\[[0-9;]*m/);
  });
});
