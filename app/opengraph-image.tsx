import { renderShareImage } from "@/lib/share-image/share-image";
import { SHARE_IMAGE_SIZE } from "@/lib/share-image/size";
import { SITE } from "@/lib/site";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = `${SITE.name}: ${SITE.tagline}`;

export default function SiteShareImage() {
  return renderShareImage({
    title: "Heel pain after running",
    kicker: "Plain-English guides",
    footnote: SITE.tagline,
  });
}
