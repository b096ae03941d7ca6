import { MAX_SEARCH } from "../../lib/mission-query";
import { FILTER_FORM_ID } from "./filter-form";

/**
 * Runs as the page is parsed, before the table's script: shows the URL's filters and sort in
 * the form, so a reader who changes a filter before the script has loaded starts from them and
 * a submit keeps them. Plain ES5, no imports: it is inlined in the page and hashed into its CSP.
 */
export const FILL_FROM_URL = `(function(){var f=document.getElementById(${JSON.stringify(FILTER_FORM_ID)});if(!f||!location.search)return;new URLSearchParams(location.search).forEach(function(v,k){var e=f.elements.namedItem(k);if(!e||!e.tagName||e.tagName==="BUTTON")return;if(e.tagName==="SELECT"){var u=k==="country"?v.toUpperCase():v;for(var i=0;i<e.options.length;i++)if(e.options[i].value===u){e.selectedIndex=i;return}return}e.value=v.slice(0,${MAX_SEARCH});if(e.type==="hidden")e.disabled=!v})})()`;
