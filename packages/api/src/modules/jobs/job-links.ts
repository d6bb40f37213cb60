/** The web page of a posting, absolute: what is shared and what search engines index. */
export const jobPageUrl = (origin: string, globalId: string) => `${origin}/jobs/${encodeURIComponent(globalId)}`;

export const companyPageUrl = (origin: string, slug: string) => `${origin}/company/${encodeURIComponent(slug)}`;
