/** Query keys of the sandbox: one invalidation of `all` refreshes the whole workspace view. */
export const sandboxKeys = {
  all: ["sandbox"] as const,
  view: () => [...sandboxKeys.all, "view"] as const,
  mutations: () => [...sandboxKeys.all, "mutation"] as const,
};
