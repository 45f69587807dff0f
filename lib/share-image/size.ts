/** Open Graph and large Twitter card size. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
