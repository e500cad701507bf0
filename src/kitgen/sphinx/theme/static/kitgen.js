// Code blocks wider than the page scroll sideways: make them reachable with the keyboard
// (WCAG 2.1.1). Local script, no dependency.
document.addEventListener("DOMContentLoaded", () => {
  for (const pre of document.querySelectorAll("div.highlight pre")) {
    if (pre.scrollWidth > pre.clientWidth && !pre.hasAttribute("tabindex")) {
      pre.setAttribute("tabindex", "0");
    }
  }
});

// Accent-insensitive search (kitgen.sphinx.search folds the index the same way): the query's
// words lose their accents before Sphinx's stemmer sees them, so "securite" finds "sécurité".
const kitgenFold = (word) =>
  word.replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/Œ/g, "OE").replace(/Æ/g, "AE")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "");

const kitgenSearch = () => {
  if (typeof window.Stemmer === "function" && !window.Stemmer.kitgenFolds) {
    const Base = window.Stemmer;
    const Folding = function () {
      const base = new Base();
      this.stemWord = (word) => base.stemWord(kitgenFold(word));
    };
    Folding.kitgenFolds = true;
    window.Stemmer = Folding;
  }
  // Result snippets: the page's text without the language switch at the top of the article.
  if (typeof Search !== "undefined" && !Search.kitgenSnippets) {
    const toText = Search.htmlToText;
    Search.htmlToText = (html, anchor) =>
      toText(html.replace(/<nav class="kitgen-language-switch[^"]*"[\s\S]*?<\/nav>/g, ""), anchor);
    Search.kitgenSnippets = true;
  }
};
kitgenSearch();
document.addEventListener("DOMContentLoaded", kitgenSearch);

// The search summary ("Search finished, found 3 pages ..."): Sphinx's German and Italian
// catalogues hold it empty, so the line stayed blank. Where Sphinx has no words for it, the
// page's own (kitgen.sphinx.chrome.search_summary, in meta tags) are used.
(() => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const one = meta("kitgen-search-found-one");
  const many = meta("kitgen-search-found-many");
  if (!one || !many || typeof Documentation === "undefined") return;
  const key = "Search finished, found one page matching the search query.";
  const known = Documentation.TRANSLATIONS[key];
  if (known && [].concat(known).some(Boolean)) return;
  const ngettext = Documentation.ngettext;
  Documentation.ngettext = (singular, plural, n) =>
    singular === key ? (n === 1 ? one : many) : ngettext(singular, plural, n);
})();

// On the search page: the language switch keeps the query, and each result says whether it is a
// theme page or a set page (they can share a title); the words come from the page (kitgen.sphinx).
document.addEventListener("DOMContentLoaded", () => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const kinds = { theme: meta("kitgen-kind-theme"), set: meta("kitgen-kind-set") };
  if (!kinds.theme) return;
  if (window.location.search) {
    for (const link of document.querySelectorAll("a.kitgen-language-link")) {
      const url = new URL(link.getAttribute("href"), window.location.href);
      url.search = window.location.search;
      link.setAttribute("href", url.href);
    }
  }
  const results = document.getElementById("search-results");
  if (!results) return;
  const label = (item) => {
    const link = item.querySelector("a");
    if (!link || item.querySelector(".kitgen-result-kind")) return;
    const path = new URL(link.href, window.location.href).pathname;
    const kind = /\/themes\/[^/]+\.html$/.test(path) ? kinds.theme
      : /\/sets\/[^/]+\.html$/.test(path) && !/\/sets\/index\.html$/.test(path) ? kinds.set
      : null;
    if (!kind) return;
    const tag = document.createElement("span");
    tag.className = "kitgen-result-kind nohighlight"; // Sphinx highlights the query in results, not here
    tag.textContent = kind;
    link.after(" ", tag);
  };
  new MutationObserver(() => results.querySelectorAll("ul.search > li").forEach(label))
    .observe(results, { childList: true, subtree: true });
});
