// Entry point for `zapier push`: the compiled app (npm run build → lib/).
module.exports = require("./lib/zapier-app/src/index.js").default;
