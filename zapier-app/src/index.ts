import { version as platformVersion } from "zapier-platform-core";
import { authentication } from "./authentication";
import { addAuthHeaders, handleErrors } from "./middleware";
import { triggers } from "./triggers";

/** The CINNOX app for Zapier. */
const App = {
  version: "1.0.0",
  platformVersion,
  authentication,
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  triggers,
  searches: {},
  creates: {},
};

export default App;
