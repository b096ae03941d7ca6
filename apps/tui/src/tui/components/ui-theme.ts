import { defaultTheme, extendTheme } from "@inkjs/ui";
import { ACCENT } from "./theme.js";

// @inkjs/ui's defaults use blue, yellow and black text; these read on light terminals too.
export const uiTheme = extendTheme(defaultTheme, {
  components: {
    Badge: { styles: { container: () => ({ inverse: true }), label: () => ({ bold: true }) } },
    Select: {
      styles: {
        focusIndicator: () => ({ color: ACCENT }),
        label: ({ isFocused }: { isFocused: boolean }) => ({
          color: isFocused ? ACCENT : undefined,
          bold: isFocused,
        }),
      },
    },
  },
});
