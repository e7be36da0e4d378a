/** The `--…` arguments between `node` and `bin/stadsveilig.js` in package.json's start script. */
export const START_NODE_FLAGS: string[];
