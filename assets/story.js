// The story's companion in the page (st.components.v2, no iframe, nothing loaded from elsewhere): a new
// step opens at its top, not at the scroll position of the previous one.
export default function (component) {
  const { data } = component;
  const step = data && data.step;
  const last = window.__lesStoryStep;
  window.__lesStoryStep = step;
  if (last !== undefined && last !== step) {
    const main = document.querySelector("[data-testid='stMain']") || document.querySelector(".stMain");
    (main || document.scrollingElement).scrollTo({ top: 0 });
  }
}
