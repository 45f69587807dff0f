type Props = { title: string; url: string };

/**
 * A share button that `public/share.js` brings to life: the Web Share API
 * where the browser has it, otherwise copy the link and say so in the live
 * region. The button stays hidden until that script runs, inside a box of
 * fixed height, so without JavaScript there is no dead control and with it
 * there is no layout shift.
 */
export function ShareButton({ title, url }: Props) {
  return (
    <div className="hp-share" data-share-title={title} data-share-url={url}>
      <button type="button" className="hp-share__button" hidden>
        Share this page
      </button>
      <p className="hp-share__status" role="status" aria-live="polite" />
      <script src="/share.js" defer />
    </div>
  );
}
