import { formatQuantity, type Quantity } from "@inzet/data";
import type { Locale } from "../../i18n/routing";

/** A figure as the table shows it ("≈ 10") with the words beside it ("about 10"). */
export function FigureText({
  quantity,
  locale,
  words = true,
}: {
  quantity: Quantity;
  locale: Locale;
  words?: boolean;
}) {
  const symbol = formatQuantity(quantity, { lang: locale });
  const spelled = formatQuantity(quantity, { lang: locale, style: "words" });
  return (
    <span className={`figure figure-${quantity.qualifier}`}>
      <span className="figure-symbol">{symbol}</span>
      {words && spelled !== symbol ? <span className="figure-words"> ({spelled})</span> : null}
    </span>
  );
}

/** The source's own words for a figure: “ongeveer tien”. */
export function Wording({ quantity }: { quantity: Quantity }) {
  if (!quantity.wording) return null;
  return (
    <q className="wording" lang={quantity.wording.lang}>
      {quantity.wording.text}
    </q>
  );
}
