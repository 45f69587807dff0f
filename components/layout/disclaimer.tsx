/** The medical disclaimer shown on every page, the 404 included (rendered by the root layout). */
export function Disclaimer() {
  return (
    <aside className="hp-disclaimer" aria-labelledby="disclaimer-title" data-testid="disclaimer">
      <h2 id="disclaimer-title" className="hp-disclaimer__title">
        Medical disclaimer
      </h2>
      <p>
        This site gives general information, not medical advice. It cannot diagnose you or replace a doctor, physical
        therapist or podiatrist who can examine you. If you have severe pain, cannot walk, or think you may have a
        serious injury, call 911 or your local emergency number.
      </p>
    </aside>
  );
}
