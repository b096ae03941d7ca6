import type messages from "../../messages/en.json";
import type { routing } from "./routing";

// Type-checked message keys and locales for next-intl.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
