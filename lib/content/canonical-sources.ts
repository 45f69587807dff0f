/**
 * Hosts a reference may link to: identifier resolvers (DOI, PubMed, PMC) and
 * the publishers' own sites named in the content brief. Mirrors, document
 * sharing sites and pages that reproduce another publisher's text are left
 * out on purpose, so a copied source cannot be cited.
 */
const CANONICAL_HOSTS = [
  "doi.org",
  "pubmed.ncbi.nlm.nih.gov",
  "pmc.ncbi.nlm.nih.gov",
  "nhs.uk",
  "nhs.wales",
  "nidirect.gov.uk",
  "nice.org.uk",
  "mayoclinic.org",
  "orthoinfo.org",
  "orthoinfo.aaos.org",
  "rcpod.org.uk",
  "jospt.org",
  "bjsm.bmj.com",
  "statpearls.com",
  "childrens.com",
  "podiatry.ecch.org",
  "patient.info",
  "aafp.org",
  "urmc.rochester.edu",
  "froedtert.com",
  "footeducation.com",
  "goodfellowunit.org",
  "runnersmd.com",
  "fpnotebook.com",
  "fda.gov",
  "medlineplus.gov",
  "foothealthfacts.org",
  "diabetes.org.uk",
  "nhsggc.org.uk",
] as const;

/** True when the URL's host is a canonical host or a subdomain of one. */
export function isCanonicalSourceUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return CANONICAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
