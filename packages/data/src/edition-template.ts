// The YAML an analyst starts from to add a year's evaluation (docs/adding-an-edition.md): valid
// as it is, so `inzet validate` passes before anything is filled in, with every field to fill
// explained in comments (English, then Dutch).

export type EditionTemplateOptions = {
  /** The year the evaluation covers. */
  year: number;
  /** Its letter's number in dossier 29 521 ("315"). */
  kamerstuk: string;
};

/** A fragment file adding one edition: its letter as a source and the edition itself. */
export function editionTemplate({ year, kamerstuk }: EditionTemplateOptions): string {
  const letter = `kst-29521-${kamerstuk.toLowerCase()}`;
  const edition = `evaluation-${year}`;
  return `# The evaluation of ${year}: save as packages/data/data/editions/${year}.yaml (or anywhere under data/).
# De evaluatie over ${year}: sla op als packages/data/data/editions/${year}.yaml (of ergens onder data/).
#
# 1. Fill in the letter's date and title as the PDF gives them; quote its words in citations.
#    Vul datum en titel van de brief in zoals de PDF ze geeft; citeer de woorden in de bronvermeldingen.
# 2. Add the evaluation's groups (clusters) with edition: ${edition}, and their figures with
#    reportingYear: ${year}, each citing the page: locator "p. 45" / "blz. 45", quote the words.
#    Voeg de groepen (clusters) toe met edition: ${edition}, en hun aantallen met reportingYear:
#    ${year}, elk met de pagina: locator en letterlijk citaat.
# 3. List under covers the missions a page treats, with the page and its heading as the quote.
#    Zet onder covers de missies die een pagina behandelt, met de pagina en de kop als citaat.
# 4. pnpm inzet validate packages/data/data   (every problem with file, line and fix)
# 5. pnpm inzet diff OLD NEW                   (what you changed, fact by fact)
sources:
  - id: ${letter}
    kind: parliamentaryPaper
    publisherKind: official
    title: "Nederlandse deelname aan vredesmissies; Brief van de ministers" # the letter's own title
    language: nl
    identifier: { scheme: kamerstuk, dossier: "29 521", number: "${kamerstuk}" }

editions:
  - id: ${edition}
    reportingYear: ${year}
    title:
      en: Evaluation of the deployment of Dutch military personnel in ${year}
      nl: Evaluatie inzet Nederlandse militairen ${year}
    letter: ${letter}
    # date:                      # the letter's date, as the letter (or a later report) gives it
    #   value: "${year + 1}-05-20"
    #   citations:
    #     - source: ${letter}
    #       quote: { text: "Den Haag, …", lang: nl }
    covers: []
    # - mission: untso
    #   citation: { source: ${letter}, locator: { en: p. 12, nl: blz. 12 }, quote: { text: "…", lang: nl } }

# clusters:                      # the evaluation's groups, if it has any
#   - id: balkans-${year}
#     edition: ${edition}
#     order: 1
#     relation: group
#     name: { en: Balkans, nl: Balkan }
#     purpose: { en: …, nl: … }
#     missions: [eufor-althea, eulex-kosovo, kfor]
#     citation: { source: ${letter}, locator: …, quote: { text: "…", lang: nl } }
#
# figures:                       # a group's figure, worded as the page words it
#   - id: balkans-${year}
#     cluster: balkans-${year}
#     quantity: { qualifier: approximately, value: 10, wording: { text: ongeveer tien, lang: nl } }
#     asOf: "${year}"
#     reportingYear: ${year}
#     scope: unspecified
#     citation: { source: ${letter}, locator: …, quote: { text: "…", lang: nl } }
`;
}
