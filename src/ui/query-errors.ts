// Routes read their data with useQuery, not Suspense: React holds back a
// revealed Suspense boundary for up to 300 ms after its fallback showed, and
// a view should appear the moment its data does.

/**
 * throwOnError for route queries: a failure goes to the route's error
 * boundary (alert with Retry) unless data is already on screen, which a
 * failed background refetch must not take away.
 */
export const throwWithoutData = (_error: Error, query: { state: { data: unknown } }): boolean => query.state.data === undefined;
