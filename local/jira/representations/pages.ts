import type { JiraSite } from '../jira-site';

/** Platform page (`PageBean*`): startAt, maxResults, total, isLast, values, self, nextPage. */
export function platformPage(
  site: JiraSite,
  path: string,
  query: URLSearchParams,
  all: unknown[],
  startAt: number,
  maxResults: number,
): Record<string, unknown> {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + maxResults >= all.length;
  const link = (start: number) => {
    const next = new URLSearchParams(query);
    next.set('startAt', String(start));
    next.set('maxResults', String(maxResults));
    return `${site.baseUrl}${path}?${next.toString()}`;
  };
  return {
    self: link(startAt),
    ...(isLast ? {} : { nextPage: link(startAt + maxResults) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values,
  };
}

/** JSM page (`PagedDTO`): size, start, limit, isLastPage, values, _links {base, context, self, next?}. */
export function jsmPage(
  site: JiraSite,
  path: string,
  all: unknown[],
  start: number,
  limit: number,
): Record<string, unknown> {
  const values = all.slice(start, start + limit);
  const isLastPage = start + limit >= all.length;
  return {
    _expands: [],
    size: values.length,
    start,
    limit,
    isLastPage,
    _links: {
      base: site.baseUrl,
      context: '',
      self: `${site.baseUrl}${path}?start=${start}&limit=${limit}`,
      ...(isLastPage ? {} : { next: `${site.baseUrl}${path}?start=${start + limit}&limit=${limit}` }),
    },
    values,
  };
}
