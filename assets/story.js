// The story's companion in the page (st.components.v2, no iframe, nothing loaded from elsewhere):
// a new step opens at its top, and a clicker or the keyboard moves through the steps.
const NEXT = new Set(["PageDown", "ArrowRight", "ArrowDown", " "]);
const PREV = new Set(["PageUp", "ArrowLeft", "ArrowUp"]);
// where every key belongs to the field: typing, a list, a table's cells
const TYPING = "input:not([type='radio']):not([type='checkbox']):not([type='button']), textarea, select, " +
  "[contenteditable=''], [contenteditable='true'], [role='textbox'], [role='combobox'], [role='listbox'], " +
  "[role='option'], [role='spinbutton'], [role='grid'], [data-testid='stDataFrame']";
// where the arrow keys move a choice or a thumb. PageUp/PageDown still turn the page there (a clicker
// pressed right after the language switch was clicked must not be lost), except on a slider (a big step)
const ARROWS = "[role='slider'], [role='radio'], [role='radiogroup'], [role='tab'], [role='tablist'], " +
  "[role='menu'], [role='menuitem'], input[type='radio']";
const PAGE_KEYS = new Set(["PageDown", "PageUp"]);
// where the space bar presses what has the focus
const PRESSABLE = "button, a, summary, [role='button'], [role='checkbox'], [role='switch'], [role='radio'], " +
  "[role='tab'], [role='menuitem'], input";

function movement(event) {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target && target.closest(TYPING)) return null;
  if (target && target.closest(ARROWS)) {
    if (!PAGE_KEYS.has(event.key) || target.closest("[role='slider']")) return null;
  }
  if (event.key === " " && target && target.closest(PRESSABLE)) return null;
  if (NEXT.has(event.key)) return "next";
  if (PREV.has(event.key)) return "prev";
  return null;
}

export default function (component) {
  const { data, setTriggerValue } = component;
  const step = data && data.step;
  const last = window.__lesStoryStep;
  window.__lesStoryStep = step;
  if (last !== undefined && last !== step) {
    const main = document.querySelector("[data-testid='stMain']") || document.querySelector(".stMain");
    (main || document.scrollingElement).scrollTo({ top: 0 });
  }
  // one listener for the page, whatever number of times this runs; gone when the story is left
  if (window.__lesStoryKeys) document.removeEventListener("keydown", window.__lesStoryKeys);
  // quick presses add up: each counts from the step the previous press asked for while the page still
  // shows the old one (the server hears only the last press of a burst)
  const pending = window.__lesStoryPending;
  if (pending && (pending.step === step || Date.now() - pending.at > 3000)) window.__lesStoryPending = undefined;
  const steps = (data && data.steps) || step;
  const onKey = (event) => {
    const move = movement(event);
    if (!move || typeof step !== "number") return;
    event.preventDefault();  // the page does not scroll as well
    const from = window.__lesStoryPending ? window.__lesStoryPending.step : step;
    const to = Math.min(Math.max(from + (move === "next" ? 1 : -1), 1), steps);
    if (to === from) return;
    window.__lesStoryPending = { step: to, at: Date.now() };
    setTriggerValue("step", to);
  };
  window.__lesStoryKeys = onKey;
  document.addEventListener("keydown", onKey);
  return () => {
    document.removeEventListener("keydown", onKey);
    if (window.__lesStoryKeys === onKey) window.__lesStoryKeys = undefined;
  };
}
