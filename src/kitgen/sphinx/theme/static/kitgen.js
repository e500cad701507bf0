// Code blocks wider than the page scroll sideways: make them reachable with the keyboard
// (WCAG 2.1.1). Local script, no dependency.
document.addEventListener("DOMContentLoaded", () => {
  for (const pre of document.querySelectorAll("div.highlight pre")) {
    if (pre.scrollWidth > pre.clientWidth && !pre.hasAttribute("tabindex")) {
      pre.setAttribute("tabindex", "0");
    }
  }
});
