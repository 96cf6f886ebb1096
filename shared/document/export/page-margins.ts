/** Page margins in millimetres. */
export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The page margins of an export made without the issuer's own (Settings gives the app's). */
export const pageMargins: PageMargins = { top: 22, right: 20, bottom: 20, left: 20 };
