import { workspaceConfig } from "./config";
import { embeddedWorkspace } from "./embedded";
import type { WorkspacePort } from "./port";
import { platformWorkspace } from "./platform";

export type { WorkspaceCaller, WorkspacePort } from "./port";

/** The workspace the actions use: the platform when PLATFORM_URL is set, else the embedded one. */
export function workspace(): WorkspacePort {
  return workspaceConfig().platformUrl ? platformWorkspace : embeddedWorkspace;
}
