import { articlePath } from "@/lib/site";

/** Said plainly when no passage answers well enough: never a weak passage dressed up as an answer. */
export function NoAnswer() {
  return (
    <section className="hp-no-answer" aria-labelledby="no-answer-title">
      <h2 id="no-answer-title">We could not find an answer to that in our articles.</h2>
      <p>Try other words or check the spelling. Our articles are about heel pain in runners. You could also:</p>
      <ul>
        <li>
          <a href="/where-does-it-hurt">Use the guide: where does it hurt?</a>
        </li>
        <li>
          <a href="/">See all our articles</a>
        </li>
        <li>
          <a href={articlePath("when-to-see-a-doctor")}>Find out when to see a doctor</a>
        </li>
      </ul>
    </section>
  );
}
