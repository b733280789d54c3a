/** Every interface string, per locale; chapter prose lives in content/, not here. */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

const en = {
  'site.title': 'Strikes on the cartels?',
  'site.subtitle': 'The US debate over military action in Mexico, explained',
  'site.description':
    'A sourced explainer on the reported US proposals for military action against Mexican drug cartels, what experts warn, how Mexico answered, and what happened next.',
  'skip.main': 'Skip to main content',
  'nav.chapters': 'Chapters',
  'nav.home': 'Story',
  'nav.timeline': 'Timeline',
  'nav.sources': 'Sources',
  'nav.about': 'About',
  'nav.classroom': 'Classroom',
  'nav.glossary': 'Glossary',
  'footer.sources': 'Sources and method',
  'footer.about': 'About this explainer',
  'footer.classroom': 'For teachers',
  'footer.note': 'Every number, quote and date on this site links to its source.',
  'footer.licence': 'Text and charts: CC BY 4.0. Code: MIT.',
  'theme.toggle': 'Dark theme',
  'theme.label': 'Colour theme',
  'asof.label': 'As of',
  'notfound.title': 'Page not found',
  'notfound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notfound.home': 'Go to the story',
  'source.note': 'Source',
  'source.sources': 'Sources',
  'source.anonymous': 'Anonymous sourcing',
  'source.republishes': 'Republishes',
  'source.reliedOnBy': 'Used on this site for',
  'source.notRetrieved': 'Original not retrieved; cited through the copies listed.',
  'quote.translatedBy': 'Translation:',
  'quote.original': 'Original words',
  'qualifier.about': 'about',
  'qualifier.more-than': 'more than',
  'qualifier.at-least': 'at least',
  'qualifier.nearly': 'nearly',
  'qualifier.up-to': 'up to',
  'figure.claim': 'claim, not verified',
  'chart.showData': 'Show the data table',
  'chart.dataCaption': 'Data:',
  'chart.nextTarget': 'next target',
  'chart.embed': 'Embed this chart',
  'chart.embedHelp': 'Paste this into your article. The chart resizes itself and needs no other script.',
  'chart.download': 'Download the data:',
  'timeline.title': 'Timeline',
  'timeline.intro': 'Every dated event in this explainer, oldest first. Each entry links to its sources.',
  'timeline.filter': 'Show events by category',
  'timeline.all': 'All',
  'timeline.newest': 'Newest verified event:',
  'category.proposal': 'Proposal or threat',
  'category.statement': 'Statement',
  'category.policy': 'Policy',
  'category.military': 'Military action',
  'category.diplomacy': 'Diplomacy',
  'category.violence': 'Violence',
  'category.law': 'Law',
} as const;

export type UiKey = keyof typeof en;

const es: Record<UiKey, string> = {
  'site.title': '¿Ataques contra los cárteles?',
  'site.subtitle': 'El debate en EE. UU. sobre una acción militar en México, explicado',
  'site.description':
    'Un explicador con fuentes sobre las propuestas de acción militar de EE. UU. contra los cárteles mexicanos, las advertencias de expertos, la respuesta de México y lo que ocurrió después.',
  'skip.main': 'Saltar al contenido principal',
  'nav.chapters': 'Capítulos',
  'nav.home': 'Historia',
  'nav.timeline': 'Cronología',
  'nav.sources': 'Fuentes',
  'nav.about': 'Acerca de',
  'nav.classroom': 'En el aula',
  'nav.glossary': 'Glosario',
  'footer.sources': 'Fuentes y método',
  'footer.about': 'Acerca de este explicador',
  'footer.classroom': 'Para docentes',
  'footer.note': 'Cada cifra, cita y fecha de este sitio enlaza con su fuente.',
  'footer.licence': 'Texto y gráficos: CC BY 4.0. Código: MIT.',
  'theme.toggle': 'Tema oscuro',
  'theme.label': 'Tema de color',
  'asof.label': 'Al',
  'notfound.title': 'Página no encontrada',
  'notfound.body': 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
  'notfound.home': 'Ir a la historia',
  'source.note': 'Fuente',
  'source.sources': 'Fuentes',
  'source.anonymous': 'Fuentes anónimas',
  'source.republishes': 'Reproduce',
  'source.reliedOnBy': 'Se usa en este sitio para',
  'source.notRetrieved': 'Original no consultado; se cita mediante las copias indicadas.',
  'quote.translatedBy': 'Traducción:',
  'quote.original': 'Palabras originales',
  'qualifier.about': 'unos',
  'qualifier.more-than': 'más de',
  'qualifier.at-least': 'al menos',
  'qualifier.nearly': 'casi',
  'qualifier.up-to': 'hasta',
  'figure.claim': 'afirmación no verificada',
  'chart.showData': 'Mostrar la tabla de datos',
  'chart.dataCaption': 'Datos:',
  'chart.nextTarget': 'siguiente objetivo',
  'chart.embed': 'Insertar este gráfico',
  'chart.embedHelp': 'Pegue esto en su artículo. El gráfico ajusta su altura solo y no necesita otro script.',
  'chart.download': 'Descargar los datos:',
  'timeline.title': 'Cronología',
  'timeline.intro':
    'Cada hecho fechado de este explicador, del más antiguo al más reciente. Cada entrada enlaza con sus fuentes.',
  'timeline.filter': 'Mostrar hechos por categoría',
  'timeline.all': 'Todos',
  'timeline.newest': 'Hecho verificado más reciente:',
  'category.proposal': 'Propuesta o amenaza',
  'category.statement': 'Declaración',
  'category.policy': 'Política',
  'category.military': 'Acción militar',
  'category.diplomacy': 'Diplomacia',
  'category.violence': 'Violencia',
  'category.law': 'Ley',
};

export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, es };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** Returns the translator for a locale; unknown locales fall back to the default. */
export function useTranslations(locale: string | undefined) {
  const dictionary = dictionaries[isLocale(locale) ? locale : defaultLocale];
  return (key: UiKey): string => dictionary[key];
}
